package io.parallax.web;

import java.util.List;

import io.parallax.stories.StoryCatalog;
import io.parallax.summary.SummaryCatalog;
import io.parallax.summary.SummaryViews.ArticleSummary;
import io.parallax.summary.SummaryViews.KeyFact;
import io.parallax.summary.SummaryViews.StorySummary;
import io.parallax.summary.SummaryViews.TimelineEvent;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class SummaryApiController {

	private final SummaryCatalog summaries;

	private final StoryCatalog stories;

	SummaryApiController(SummaryCatalog summaries, StoryCatalog stories) {
		this.summaries = summaries;
		this.stories = stories;
	}

	@GetMapping("/api/stories/{slug}/summary")
	StorySummary story(@PathVariable String slug,
			@RequestParam(defaultValue = "" + SummaryCatalog.DEFAULT_SENTENCES) int sentences) {
		return summaries.story(stories.storyId(slug), sentences);
	}

	@GetMapping("/api/articles/{id}/summary")
	ArticleSummary article(@PathVariable Long id) {
		stories.requireArticle(id);
		return summaries.article(id);
	}

	@GetMapping("/api/stories/{slug}/timeline")
	ResponseEntity<List<TimelineEvent>> timeline(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size) {
		Long story = stories.storyId(slug);
		Paging paging = ApiPages.of(page, size, summaries.eventCount(story));
		return ApiPages.body(paging, summaries.timeline(story, paging.offset(), paging.size()));
	}

	@GetMapping("/api/stories/{slug}/facts")
	List<KeyFact> facts(@PathVariable String slug) {
		return summaries.keyFacts(stories.storyId(slug));
	}

}
