package io.parallax.web;

import io.parallax.claims.ClaimCatalog;
import io.parallax.summary.SummaryCatalog;
import io.parallax.summary.SummaryViews.KeyFact;
import java.util.Map;
import io.parallax.stories.ArticleCard;
import io.parallax.stories.StoryPage;

import io.parallax.stories.StoryCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

@Controller
class StoryController {

	private final StoryCatalog catalog;

	private final ClaimCatalog claims;

	private final SummaryCatalog summaries;

	StoryController(StoryCatalog catalog, ClaimCatalog claims, SummaryCatalog summaries) {
		this.catalog = catalog;
		this.claims = claims;
		this.summaries = summaries;
	}

	/** A key fact with the outlets that give it, by name. */
	record FactLine(KeyFact fact, String outlets) {
	}

	@GetMapping("/stories/{slug}/timeline")
	String timeline(@PathVariable String slug, Model model) {
		model.addAttribute("story", catalog.story(slug));
		model.addAttribute("events", summaries.timeline(slug));
		return "stories/timeline";
	}

	@GetMapping("/stories/{slug}/summary/about")
	String aboutSummary(@PathVariable String slug, Model model) {
		model.addAttribute("story", catalog.story(slug));
		return "stories/about-summary";
	}

	@GetMapping("/")
	String stories(Model model) {
		model.addAttribute("stories", catalog.stories());
		return "stories/list";
	}

	@GetMapping("/stories/{slug}")
	String story(@PathVariable String slug,
			@RequestParam(defaultValue = "" + SummaryCatalog.DEFAULT_SENTENCES) int sentences, Model model) {
		StoryPage story = catalog.story(slug);
		model.addAttribute("story", story);
		model.addAttribute("coverage", StoryCoverage.of(story.articles(), claims.claims(slug, null), claims.overlaps(slug)));
		model.addAttribute("labels", story.articles().stream()
			.collect(java.util.stream.Collectors.toMap(ArticleCard::id, StoryCoverage::label)));
		model.addAttribute("summary", summaries.story(slug, sentences));
		model.addAttribute("sentences", sentences);
		model.addAttribute("cardSummaries", summaries.articles(slug));
		Map<Long, String> labels = story.articles().stream()
			.collect(java.util.stream.Collectors.toMap(ArticleCard::id, StoryCoverage::label));
		model.addAttribute("keyFacts", summaries.keyFacts(slug)
			.stream()
			.map(f -> new FactLine(f, String.join("; ", f.articleIds().stream().map(labels::get).toList())))
			.toList());
		return "stories/story";
	}

}
