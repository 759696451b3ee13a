package io.parallax.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonInclude.Include;

/**
 * The read side of the comparison: claims, overlaps and coverage as pages and the API show them.
 */
public final class ClaimViews {

	private ClaimViews() {
	}

	/**
	 * A claim with some of its articles: {@code mentions} and {@code omittedBy} list a page of them (all of them for
	 * a small story), {@code articleCount} and {@code omissionCount} say how many there are in all.
	 */
	public record Claim(Long id, String statement, String agreement, int articleCount, int omissionCount,
			int independentOrigins, List<Mention> mentions, List<Long> omittedBy, List<Difference> differences) {

		public boolean reportedBy(Long articleId) {
			return mentions.stream().anyMatch(m -> m.articleId().equals(articleId));
		}

		public Mention mentionIn(Long articleId) {
			return mentions.stream().filter(m -> m.articleId().equals(articleId)).findFirst().orElse(null);
		}

		public boolean omittedBy(Long articleId) {
			return omittedBy.contains(articleId);
		}

		/** Conflicting values for one slot of the fact: the flags. */
		public List<Difference> firmDifferences() {
			return differences.stream().filter(Difference::firm).toList();
		}

		/** Differences worth checking that are no contradiction (a step ahead or taken, a vague time ahead). */
		public List<Difference> differencesWorthChecking() {
			return differences.stream().filter(d -> !d.firm()).toList();
		}

		/** What the claim's badge says: its agreement, or that its articles differ in a way worth checking. */
		public String badge() {
			return ClaimViews.badge(agreement, differences.stream().anyMatch(d -> !d.firm()));
		}

		/** What this article says where the articles differ, e.g. "four trips"; null when it does not differ. */
		public String differingValue(Long articleId) {
			List<String> values = differences.stream()
				.filter(Difference::firm)
				.map(d -> d.values().get(articleId))
				.filter(v -> v != null)
				.toList();
			return values.isEmpty() || agreement.equals("CONSISTENT") ? null : String.join("; ", values);
		}

	}

	/**
	 * @param sentenceId the sentence that states the claim: a mention is a claim's member sentence, so there always
	 * is one (a sentence that goes takes its membership with it), and pages link to it ({@code #s-id})
	 * @param paragraph the paragraph of the article the sentence is in
	 * @param label what pages call the article: its outlet, else a name from its file name, else its headline
	 */
	public record Mention(Long articleId, String sourceFile, String label, long sentenceId, String sentence,
			int paragraph, List<Value> values) {
	}

	public record Value(String kind, String text, BigDecimal value) {
	}

	/**
	 * @param firm two values for the same slot of one fact (a flag); otherwise worth checking (a step ahead or taken,
	 * a vague time ahead)
	 * @param differingWords for a quote's wording, each article's words that no other version gives in their place
	 * ({@link io.parallax.text.DifferingWords}), as the claim page marks them; left out of the JSON for other slots
	 */
	public record Difference(String kind, Map<Long, String> values, boolean firm,
			@JsonInclude(Include.NON_EMPTY) Map<Long, List<String>> differingWords) {
	}

	/**
	 * One value that some of a claim's articles give on a slot where they differ, with how many give it and the
	 * first few of those articles in reading order.
	 *
	 * @param firm whether the articles' values on this slot conflict (a flag), or are only worth checking
	 * @param allValues how many differing values the claim has in all, on every slot
	 * @param differingWords for a quote's wording, the value's words that no other version gives in their place,
	 * by their positions among its words ({@link io.parallax.text.DifferingWords#parts}); null for other slots
	 */
	public record DifferingValue(String kind, boolean firm, String value, int articleCount, List<Long> articleIds,
			int allValues, int[] differingWords) {
	}

	/** Which claims a list shows. */
	public enum Show {

		ALL("claims", ""), SHARED("shared", " and c.article_count > 1"),
		/** Where the articles differ: a firm difference, or one worth checking (the badge tells which). */
		DISCREPANT("differing", " and c.differs"),
		SINGLE("single_source", " and c.agreement = 'SINGLE_SOURCE'");

		/** The column of the stored tallies that counts them. */
		final String tally;

		/** The condition on a claim {@code c}, spaced to follow another. */
		final String condition;

		Show(String tally, String condition) {
			this.tally = tally;
			this.condition = condition;
		}

	}

	/**
	 * A claim as a row of a list shows it, with what was counted for it at import.
	 *
	 * @param leadArticles the few articles that best show it, its differing values first
	 */
	public record Listed(Long id, String statement, String agreement, int articleCount, int independentOrigins,
			int omissionCount, List<String> firmKinds, List<String> checkingKinds, List<Long> leadArticles) {

		/** What the claim's badge says: its agreement, or that its articles differ in a way worth checking. */
		public String badge() {
			return ClaimViews.badge(agreement, !checkingKinds.isEmpty());
		}

	}

	/**
	 * A claim whose articles give no conflicting values but differ in a way worth checking is not called consistent:
	 * its page lists the difference right under the badge.
	 */
	static String badge(String agreement, boolean worthChecking) {
		return agreement.equals("CONSISTENT") && worthChecking ? "CHECKING" : agreement;
	}

	/** One page of a list of claims, and how many the whole list has. */
	public record ClaimPage(long total, List<Listed> claims) {
	}

	/** One article's value on one slot where a claim's articles firmly differ, e.g. NUMBER "four trips". */
	public record SlotValue(String kind, String value) {
	}

	/**
	 * What one article does with one claim, when it does anything: the first sentence it states it in (null when it
	 * does not), whether it leaves it out, its values on the slots where the articles firmly differ, and those where
	 * they differ in a way worth checking.
	 */
	public record ArticleClaim(Long claimId, Long articleId, Mention mention, boolean omitted,
			List<SlotValue> firmValues, List<SlotValue> checkingValues) {
	}

	/**
	 * Two articles that share near-identical sentences outside quotation marks.
	 *
	 * @param derived whether they share enough to be rewrites of one source text (wire copy, one press release
	 * retold): they then count as one origin of every claim both report
	 */
	public record Overlap(Long a, Long b, int sharedSentences, boolean derived, List<Example> examples) {
	}

	public record Example(String a, String b) {
	}

	/** One article's place in the story's coverage. */
	public record Coverage(Long articleId, String label, long claims, long alone, long omits, List<Overlap> rewrites) {
	}

	/** Two articles side by side: one row per pair of their sentences that a claim aligns ({@link AlignedRows}). */
	public record Aligned(Listed claim, Mention a, Mention b) {

		public boolean onlyA() {
			return b == null;
		}

		public boolean onlyB() {
			return a == null;
		}

	}

}
