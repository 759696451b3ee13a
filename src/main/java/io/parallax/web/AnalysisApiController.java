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
import io.parallax.stories.StoryHeader;

import org.springframework.http.ResponseEntity;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
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
	ResponseEntity<List<Quote>> quotes(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size) {
		StoryHeader story = stories.header(slug);
		Paging paging = ApiPages.of(page, size, analysis.quoteCount(story.id()));
		return ApiPages.body(paging, analysis.quotes(story.id(), paging.offset(), paging.size()));
	}

	@GetMapping("/api/stories/{slug}/entities")
	ResponseEntity<List<Entity>> entities(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size) {
		StoryHeader story = stories.header(slug);
		Paging paging = ApiPages.of(page, size, analysis.entityCount(story.id()));
		return ApiPages.body(paging, analysis.entities(story.id(), paging.offset(), paging.size()));
	}

	@GetMapping("/api/stories/{slug}/sources")
	ResponseEntity<List<OutletSources>> sources(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size) {
		StoryHeader story = stories.header(slug);
		Paging paging = ApiPages.of(page, size, story.articleCount());
		return ApiPages.body(paging, marks.sourcesByOutlet(story.id(), paging.offset(), paging.size()));
	}

	@GetMapping("/api/entities/{id}")
	ResponseEntity<EntityMentions> entity(@PathVariable Long id, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size) {
		int pageSize = ApiPages.checkedSize(size, ApiPages.MAX_SIZE);
		EntityMentions found = analysis.entity(id, (ApiPages.checkedPage(page) - 1) * pageSize, pageSize);
		return ApiPages.body(ApiPages.of(page, pageSize, found.entity().articleIds().size()), found);
	}

	@GetMapping("/api/articles/{id}/attributions")
	List<Attribution> attributions(@PathVariable Long id) {
		stories.requireArticle(id);
		return analysis.attributions(id);
	}

	@GetMapping("/api/articles/{id}/quantities")
	List<Quantity> quantities(@PathVariable Long id) {
		stories.requireArticle(id);
		return analysis.quantities(id);
	}

}
