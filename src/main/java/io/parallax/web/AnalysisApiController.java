package io.parallax.web;

import java.util.List;

import io.parallax.analysis.AnalysisCatalog;
import io.parallax.analysis.AnalysisViews.Attribution;
import io.parallax.analysis.AnalysisViews.Entity;
import io.parallax.analysis.AnalysisViews.EntityMentions;
import io.parallax.analysis.AnalysisViews.OutletSources;
import io.parallax.analysis.AnalysisViews.Quantity;
import io.parallax.analysis.AnalysisViews.Quote;
import io.parallax.analysis.ArticleMarksCatalog;
import io.parallax.stories.StoryCatalog;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class AnalysisApiController {

	private final AnalysisCatalog analysis;

	private final ArticleMarksCatalog marks;

	private final StoryCatalog stories;

	AnalysisApiController(AnalysisCatalog analysis, ArticleMarksCatalog marks, StoryCatalog stories) {
		this.analysis = analysis;
		this.marks = marks;
		this.stories = stories;
	}

	@GetMapping("/api/stories/{slug}/quotes")
	List<Quote> quotes(@PathVariable String slug) {
		return analysis.quotes(slug);
	}

	@GetMapping("/api/stories/{slug}/entities")
	List<Entity> entities(@PathVariable String slug) {
		return analysis.entities(slug);
	}

	@GetMapping("/api/stories/{slug}/sources")
	List<OutletSources> sources(@PathVariable String slug) {
		return marks.sourcesByOutlet(slug);
	}

	@GetMapping("/api/entities/{id}")
	EntityMentions entity(@PathVariable Long id) {
		return analysis.entity(id);
	}

	@GetMapping("/api/articles/{id}/attributions")
	List<Attribution> attributions(@PathVariable Long id) {
		stories.article(id);
		return analysis.attributions(id);
	}

	@GetMapping("/api/articles/{id}/quantities")
	List<Quantity> quantities(@PathVariable Long id) {
		stories.article(id);
		return analysis.quantities(id);
	}

}
