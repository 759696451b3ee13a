package io.parallax.web;

import java.util.List;

import io.parallax.analysis.AnalysisCatalog;
import io.parallax.analysis.AnalysisViews.Quote;
import io.parallax.analysis.AnalysisViews.QuoteInstance;
import io.parallax.analysis.ArticleMarksCatalog;
import io.parallax.stories.StoryCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The story's analysis pages: the quote tracker, who each outlet cites, and the people, organisations and places.
 */
@Controller
class StoryAnalysisController {

	private final StoryCatalog stories;

	private final AnalysisCatalog analysis;

	private final ArticleMarksCatalog marks;

	StoryAnalysisController(StoryCatalog stories, AnalysisCatalog analysis, ArticleMarksCatalog marks) {
		this.stories = stories;
		this.analysis = analysis;
		this.marks = marks;
	}

	record Wording(QuoteInstance instance, List<WordDiff.Word> words) {
	}

	record TrackedQuote(Quote quote, List<Wording> wordings) {
	}

	@GetMapping("/stories/{slug}/quotes")
	String quotes(@PathVariable String slug, Model model) {
		model.addAttribute("story", stories.story(slug));
		model.addAttribute("quotes", analysis.quotes(slug).stream().map(StoryAnalysisController::tracked).toList());
		return "stories/quotes";
	}

	@GetMapping("/stories/{slug}/sources")
	String sources(@PathVariable String slug, Model model) {
		model.addAttribute("story", stories.story(slug));
		model.addAttribute("outlets", marks.sourcesByOutlet(slug));
		model.addAttribute("kinds", List.of("PERSON", "ORGANISATION", "MEDIA", "SOCIAL_MEDIA", "DOCUMENT", "ANONYMOUS"));
		return "stories/sources";
	}

	@GetMapping("/stories/{slug}/entities")
	String entities(@PathVariable String slug, Model model) {
		model.addAttribute("story", stories.story(slug));
		model.addAttribute("entities", analysis.entities(slug));
		return "stories/entities";
	}

	@GetMapping("/entities/{id}")
	String entity(@PathVariable Long id, Model model) {
		model.addAttribute("found", analysis.entity(id));
		return "entities/entity";
	}

	private static TrackedQuote tracked(Quote quote) {
		return new TrackedQuote(quote, quote.instances()
			.stream()
			.map(i -> new Wording(i, WordDiff.against(quote.text(), i.quotedText())))
			.toList());
	}

}
