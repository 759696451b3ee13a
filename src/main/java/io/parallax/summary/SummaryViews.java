package io.parallax.summary;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

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
	 */
	public record SummaryLine(String text, Long articleId, String sourceFile, String outlet, Long sentenceId,
			Long claimId, List<Long> supportingArticleIds, int independentOrigins, boolean discrepant) {
	}

	public record ArticleSummary(List<KeySentence> sentences) {
	}

	public record KeySentence(String text, Long sentenceId) {
	}

	public record TimelineEvent(LocalDate date, String dateText, String description, List<EventMention> mentions) {
	}

	public record EventMention(Long articleId, Long sentenceId, String sourceFile, String outlet) {
	}

	/**
	 * A number the story gives: its value, and the articles that give it.
	 */
	public record KeyFact(String kind, String text, BigDecimal value, String unit, List<Long> articleIds,
			List<String> differingValues) {
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
