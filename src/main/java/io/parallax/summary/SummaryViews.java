package io.parallax.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.parallax.text.Datelines;

/**
 * What readers and scripts get of a story's summaries, key facts and timeline.
 */
public final class SummaryViews {

	private SummaryViews() {
	}

	public record StorySummary(String method, List<SummaryLine> sentences) {
	}

	/**
	 * @param discrepant true when the outlets disagree on this sentence's claim
	 * @param label what pages call the article (its outlet, a name from its file name, or its headline)
	 */
	public record SummaryLine(String text, Long articleId, String sourceFile, String outlet, Long sentenceId,
			Long claimId, List<Long> supportingArticleIds, int independentOrigins, boolean discrepant, String label) {
	}

	public record ArticleSummary(List<KeySentence> sentences) {
	}

	public record KeySentence(String text, Long sentenceId) {
	}

	/**
	 * @param date the first day of the period the event is dated to
	 * @param precision how much of the date the texts give ({@code DAY}, {@code WEEK}, {@code MONTH}, {@code SEASON},
	 *     {@code YEAR}, {@code DECADE}), so that a month is shown as a month
	 * @param description the sentence of the first mention, which holds the date phrase
	 */
	public record TimelineEvent(LocalDate date, String precision, String dateText, String description,
			List<EventMention> mentions) {

		/** The date as an HTML {@code datetime} value at its precision: "2019-12-01", "2019-12", "2019". */
		public String machineDate() {
			if (date == null) {
				return null;
			}
			return switch (precision == null ? "DAY" : precision) {
				case "MONTH" -> date.toString().substring(0, 7);
				case "SEASON", "YEAR", "DECADE" -> String.valueOf(date.getYear());
				default -> date.toString();
			};
		}

		/** The mentions whose own sentence is not the one the event is described by, to show each in its words. */
		public List<EventMention> otherWordings() {
			// the description is its sentence without the dateline ("WASHINGTON — "), which is no other wording
			return mentions.stream()
				.filter(m -> m.sentence() != null && !m.sentence().equals(description)
						&& !Datelines.withoutDateline(m.sentence()).equals(description))
				.toList();
		}

		/** The message key naming a season by its first month: "timeline.season.6" is summer. */
		public String seasonKey() {
			return "timeline.season." + (date == null ? 0 : date.getMonthValue());
		}

	}

	/** One article's mention of an event, with its own sentence: another article may word the event otherwise. */
	public record EventMention(Long articleId, Long sentenceId, String sourceFile, String outlet, String label,
			String sentence) {
	}

	/**
	 * A number the story gives: its value, what it measures (the currency, the counted noun, the time unit), and the
	 * articles that give it.
	 */
	public record KeyFact(String kind, String text, BigDecimal value, String unit, List<Long> articleIds,
			List<String> differingValues) {

		/** The message key that says what the number is: "Count of trips", "Money (USD)", "Percentage". */
		public String labelKey() {
			return "facts.kind." + kind + (unit == null || kind.equals("PERCENT") ? "" : ".of");
		}

	}

	/** A key fact with the names of the first articles that give it (the fact's article ids count them all). */
	public record KeyFactLine(KeyFact fact, List<String> outlets) {

		public int moreOutlets() {
			return fact.articleIds().size() - outlets.size();
		}

	}

	/**
	 * One current article's place in the story's coverage, stored at import.
	 *
	 * @param rewrites the articles it shares most near-identical sentences with; {@code rewriteCount} counts all
	 */
	public record ArticleCoverage(Long articleId, String label, int claims, int alone, int omits, int rewriteCount,
			List<Rewrite> rewrites) {

		public int moreRewrites() {
			return rewriteCount - rewrites.size();
		}

	}

	public record Rewrite(Long articleId, String label, int sharedSentences) {
	}

}
