package io.parallax.web;

import java.util.List;

import io.parallax.stories.ArticleCard;
import io.parallax.stories.StoryCatalog;
import io.parallax.stories.StoryHeader;
import io.parallax.summary.SummaryCatalog;
import io.parallax.summary.SummaryViews.StorySummary;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The list of stories and a story's page. Each reads what it shows: a page of articles at a time, with the counts,
 * coverage and key facts stored at import.
 */
@Controller
class StoryController {

	static final int STORIES_PER_PAGE = 50;

	static final int ARTICLES_PER_PAGE = 20;

	static final int EVENTS_PER_PAGE = 50;

	private final StoryCatalog catalog;

	private final SummaryCatalog summaries;

	private final StructuredData structuredData;

	StoryController(StoryCatalog catalog, SummaryCatalog summaries, StructuredData structuredData) {
		this.structuredData = structuredData;
		this.catalog = catalog;
		this.summaries = summaries;
	}

	@GetMapping("/stories/{slug}/timeline")
	String timeline(@PathVariable String slug, @RequestParam(defaultValue = "1") int page, Model model) {
		StoryHeader story = catalog.header(slug);
		Paging paging = Paging.of(page, EVENTS_PER_PAGE, summaries.eventCount(story.id()));
		model.addAttribute("story", story);
		model.addAttribute("paging", paging);
		var events = summaries.timeline(story.id(), paging.offset(), paging.size());
		model.addAttribute("events", events);
		model.addAttribute("strip", TimelineStrip.of(events));
		return "stories/timeline";
	}

	@GetMapping("/stories/{slug}/summary/about")
	String aboutSummary(@PathVariable String slug, Model model) {
		model.addAttribute("story", catalog.header(slug));
		return "stories/about-summary";
	}

	@GetMapping("/")
	String stories(@RequestParam(defaultValue = "1") int page, Model model) {
		Paging paging = Paging.of(page, STORIES_PER_PAGE, catalog.storyCount());
		model.addAttribute("stories", catalog.stories(paging.offset(), paging.size()));
		model.addAttribute("paging", paging);
		return "stories/list";
	}

	@GetMapping("/stories/{slug}")
	String story(@PathVariable String slug,
			@RequestParam(defaultValue = "" + SummaryCatalog.DEFAULT_SENTENCES) int sentences,
			@RequestParam(defaultValue = "1") int page, Model model) {
		StoryHeader story = catalog.header(slug);
		Paging paging = Paging.of(page, ARTICLES_PER_PAGE, story.articleCount());
		List<ArticleCard> cards = catalog.cards(story.id(), paging.offset(), paging.size());
		List<Long> ids = cards.stream().map(ArticleCard::id).toList();
		model.addAttribute("story", story);
		model.addAttribute("paging", paging);
		model.addAttribute("cards", cards);
		StorySummary summary = summaries.story(story.id(), sentences);
		String description = summary.sentences().isEmpty() ? story.title() : summary.sentences().get(0).text();
		model.addAttribute("summary", summary);
		model.addAttribute("description", description);
		model.addAttribute("jsonLd", structuredData.story(story, cards, paging.first(), description));
		model.addAttribute("sentences", sentences);
		model.addAttribute("cardSummaries", summaries.articles(ids));
		model.addAttribute("coverage", summaries.coverage(ids));
		model.addAttribute("keyFacts", summaries.keyFactLines(story.id()));
		return "stories/story";
	}

}
