package io.parallax.web;

import io.parallax.analysis.AnalysisCatalog;
import io.parallax.analysis.ArticleMarksCatalog;
import io.parallax.analysis.AnalysisViews.Entity;
import io.parallax.analysis.AnalysisViews.OutletSources;
import io.parallax.analysis.AnalysisViews.Quote;
import io.parallax.analysis.AnalysisViews.QuoteInstance;
import io.parallax.analysis.AnalysisViews.SourceCount;
import io.parallax.stories.StoryHeader;
import io.parallax.stories.StoryCatalog;
import io.parallax.summary.SummaryCatalog;
import io.parallax.summary.SummaryViews.EventMention;
import io.parallax.summary.SummaryViews.TimelineEvent;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * A story's lists as CSV, for spreadsheets: the quotes (one row per outlet's wording), whom each outlet cites, the
 * names and the timeline (one row per article that gives a date). The claims' CSV is the claims module's.
 */
@RestController
class StoryCsvController {

	private final StoryCatalog stories;

	private final AnalysisCatalog analysis;

	private final ArticleMarksCatalog marks;

	private final SummaryCatalog summaries;

	StoryCsvController(StoryCatalog stories, AnalysisCatalog analysis, ArticleMarksCatalog marks,
			SummaryCatalog summaries) {
		this.stories = stories;
		this.analysis = analysis;
		this.marks = marks;
		this.summaries = summaries;
	}

	@GetMapping("/api/stories/{slug}/quotes.csv")
	ResponseEntity<byte[]> quotes(@PathVariable String slug) {
		StoryHeader story = stories.header(slug);
		// partial: whether this article's wording is a few words inside the reporter's sentence, as quoted_text is
		CsvExport csv = new CsvExport("quote_id", "quote", "speaker", "venue", "partial", "article_id", "source_file",
				"outlet", "label", "quoted_text", "sentence");
		for (Quote quote : analysis.quotes(story.id(), 0, CsvExport.MAX_ROWS)) {
			for (QuoteInstance seen : quote.instances()) {
				csv.row(quote.id(), quote.text(), quote.speaker(), quote.venue(), seen.partial(), seen.articleId(),
						seen.sourceFile(), seen.outlet(), seen.label(), seen.quotedText(), seen.sentence());
			}
		}
		return csv.response(slug + "-quotes.csv");
	}

	@GetMapping("/api/stories/{slug}/sources.csv")
	ResponseEntity<byte[]> sources(@PathVariable String slug) {
		StoryHeader story = stories.header(slug);
		CsvExport csv = new CsvExport("article_id", "outlet", "source", "kind", "entity_id", "times_cited");
		for (OutletSources outlet : marks.sourcesByOutlet(story.id(), 0, CsvExport.MAX_ROWS)) {
			for (SourceCount source : outlet.sources()) {
				csv.row(outlet.articleId(), outlet.label(), source.source(), source.kind(), source.entityId(),
						source.count());
			}
		}
		return csv.response(slug + "-sources.csv");
	}

	@GetMapping("/api/stories/{slug}/entities.csv")
	ResponseEntity<byte[]> entities(@PathVariable String slug) {
		StoryHeader story = stories.header(slug);
		CsvExport csv = new CsvExport("entity_id", "name", "kind", "aliases", "roles", "articles", "mentions");
		for (Entity entity : analysis.entities(story.id(), 0, CsvExport.MAX_ROWS)) {
			csv.row(entity.id(), entity.name(), entity.kind(), String.join("; ", entity.aliases()),
					String.join("; ", entity.roles()), entity.articleIds().size(), entity.mentionCount());
		}
		return csv.response(slug + "-entities.csv");
	}

	@GetMapping("/api/stories/{slug}/timeline.csv")
	ResponseEntity<byte[]> timeline(@PathVariable String slug) {
		StoryHeader story = stories.header(slug);
		CsvExport csv = new CsvExport("date", "precision", "date_text", "description", "article_id", "source_file",
				"outlet");
		for (TimelineEvent event : summaries.timeline(story.id(), 0, CsvExport.MAX_ROWS)) {
			for (EventMention mention : event.mentions()) {
				csv.row(event.machineDate(), event.precision(), event.dateText(), event.description(),
						mention.articleId(), mention.sourceFile(), mention.outlet());
			}
		}
		return csv.response(slug + "-timeline.csv");
	}

}
