package io.parallax.web;

import java.util.List;

import io.parallax.analysis.QuoteTally;
import io.parallax.stories.ArticleCard;
import io.parallax.stories.StoryCatalog;
import io.parallax.stories.StoryHeader;
import io.parallax.summary.SummaryCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

/**
 * The story at a glance: who is quoted most and by whom, and what each article covers, as charts drawn on the
 * server with their numbers in tables beside them. Bounded: the first articles of the story's reading order and
 * its most quoted speakers.
 */
@Controller
class StoryChartsController {

	static final int MAX_ARTICLES = 20;

	static final int MAX_SPEAKERS = 12;

	private final StoryCatalog stories;

	private final SummaryCatalog summaries;

	private final QuoteTally quotes;

	StoryChartsController(StoryCatalog stories, SummaryCatalog summaries, QuoteTally quotes) {
		this.stories = stories;
		this.summaries = summaries;
		this.quotes = quotes;
	}

	@GetMapping("/stories/{slug}/charts")
	String charts(@PathVariable String slug, Model model) {
		StoryHeader story = stories.header(slug);
		List<ArticleCard> articles = stories.cards(story.id(), 0, MAX_ARTICLES);
		var speakers = quotes.mostQuoted(story.id(), MAX_SPEAKERS);
		var coverage = summaries.coverage(articles.stream().map(ArticleCard::id).toList());
		model.addAttribute("story", story);
		model.addAttribute("articles", articles);
		model.addAttribute("moreArticles", Math.max(0, story.articleCount() - articles.size()));
		model.addAttribute("speakers", speakers);
		model.addAttribute("quoteChart", QuoteChart.of(articles, speakers));
		model.addAttribute("coverage", coverage);
		model.addAttribute("coverageChart", CoverageChart.of(coverage));
		return "stories/charts";
	}

}
