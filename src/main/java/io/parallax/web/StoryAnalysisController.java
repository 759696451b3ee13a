package io.parallax.web;

import java.util.List;

import io.parallax.analysis.AnalysisCatalog;
import io.parallax.analysis.AnalysisViews.EntityMentions;
import io.parallax.analysis.AnalysisViews.Quote;
import io.parallax.analysis.AnalysisViews.QuoteInstance;
import io.parallax.analysis.ArticleMarksCatalog;
import io.parallax.text.DifferingWords;
import io.parallax.stories.StoryCatalog;
import io.parallax.stories.StoryHeader;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The story's analysis pages: the quote tracker, who each outlet cites, and the people, organisations and places;
 * each a page of its list at a time.
 */
@Controller
class StoryAnalysisController {

	static final int QUOTES_PER_PAGE = 25;

	static final int ARTICLES_PER_PAGE = 25;

	static final int ENTITIES_PER_PAGE = 100;

	static final List<String> SOURCE_KINDS = List.of("PERSON", "ORGANISATION", "MEDIA", "SOCIAL_MEDIA", "DOCUMENT",
			"ANONYMOUS");

	private final StoryCatalog stories;

	private final AnalysisCatalog analysis;

	private final ArticleMarksCatalog marks;

	StoryAnalysisController(StoryCatalog stories, AnalysisCatalog analysis, ArticleMarksCatalog marks) {
		this.stories = stories;
		this.analysis = analysis;
		this.marks = marks;
	}

	record Wording(QuoteInstance instance, List<DifferingWords.Part> parts) {
	}

	record TrackedQuote(Quote quote, List<Wording> wordings) {
	}

	@GetMapping("/stories/{slug}/quotes")
	String quotes(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		StoryHeader story = stories.header(slug);
		Paging paging = Paging.of(page, QUOTES_PER_PAGE, analysis.quoteCount(story.id()));
		model.addAttribute("story", story);
		model.addAttribute("paging", paging);
		model.addAttribute("quotes", analysis.quotes(story.id(), paging.offset(), paging.size())
			.stream()
			.map(StoryAnalysisController::tracked)
			.toList());
		return "stories/quotes";
	}

	@GetMapping("/stories/{slug}/sources")
	String sources(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		StoryHeader story = stories.header(slug);
		Paging paging = Paging.of(page, ARTICLES_PER_PAGE, story.articleCount());
		model.addAttribute("story", story);
		model.addAttribute("paging", paging);
		model.addAttribute("outlets", marks.sourcesByOutlet(story.id(), paging.offset(), paging.size()));
		model.addAttribute("kinds", SOURCE_KINDS);
		return "stories/sources";
	}

	@GetMapping("/stories/{slug}/entities")
	String entities(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		StoryHeader story = stories.header(slug);
		Paging paging = Paging.of(page, ENTITIES_PER_PAGE, analysis.entityCount(story.id()));
		model.addAttribute("story", story);
		model.addAttribute("paging", paging);
		model.addAttribute("entities", analysis.entities(story.id(), paging.offset(), paging.size()));
		return "stories/entities";
	}

	@GetMapping("/entities/{id}")
	String entity(@PathVariable Long id, @RequestParam(defaultValue = "1") int page, Model model) {
		EntityMentions found = analysis.entity(id, (Math.max(page, 1) - 1) * ARTICLES_PER_PAGE, ARTICLES_PER_PAGE);
		model.addAttribute("found", found);
		model.addAttribute("paging", Paging.of(page, ARTICLES_PER_PAGE, found.entity().articleIds().size()));
		return "entities/entity";
	}

	static TrackedQuote tracked(Quote quote) {
		return new TrackedQuote(quote, quote.instances()
			.stream()
			.map(i -> new Wording(i, DifferingWords.parts(i.quotedText(), i.differingWords())))
			.toList());
	}

}
