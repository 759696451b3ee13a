package io.parallax.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * What the analysis shows readers and scripts: the records of its read side.
 */
public final class AnalysisViews {

	private AnalysisViews() {
	}

	public record Quote(Long id, String text, String speaker, Long speakerEntityId, boolean partial, String venue,
			List<QuoteInstance> instances) {

		public long outletCount() {
			return instances.stream().map(QuoteInstance::articleId).distinct().count();
		}

	}

	/**
	 * @param start where the quote starts in its sentence
	 * @param end where it ends, counted from the same sentence's start (past it when the quote runs on)
	 * @param label what pages call the article (its outlet, a name from its file name, or its headline)
	 * @param differingWords the positions among its words of those its statement's heading does not give in their
	 * place, worked out when the story's quotes were grouped (null before that was done); for the pages to mark
	 */
	public record QuoteInstance(Long articleId, String sourceFile, String outlet, String quotedText, Long sentenceId,
			String sentence, int start, int end, boolean partial, String speaker, Long speakerEntityId, String label,
			@JsonIgnore int[] differingWords) {
	}

	/** A quoted statement and the story it is in. */
	public record QuoteInStory(String storySlug, String storyTitle, Quote quote) {
	}

	/**
	 * A quoted statement that is no longer one, after its story was analysed again.
	 *
	 * @param successorId the statement that took most of its quotes, or null when none did
	 */
	public record RetiredQuote(Long successorId, String text, String storySlug, String storyTitle) {
	}

	public record Attribution(String source, String kind, Long entityId, Long sentenceId, String sentence, String cue) {
	}

	public record Entity(Long id, String name, String kind, List<String> aliases, List<String> roles,
			List<Long> articleIds, int mentionCount) {
	}

	/**
	 * @param unit the currency, the counted noun of a count ("trips"), the time unit of a duration
	 * @param resolvedDate the first day of the period a date means
	 * @param precision how much of a date the text gives ({@code DAY}, {@code WEEK}, {@code MONTH}, {@code SEASON},
	 *     {@code YEAR}, {@code DECADE}); null for a number
	 */
	public record Quantity(String kind, String text, BigDecimal value, String unit, Long sentenceId,
			LocalDate resolvedDate, String precision) {
	}

	/** Where an entity is mentioned, article by article. */
	public record EntityMentions(Entity entity, String storySlug, String storyTitle, List<ArticleMentions> articles) {
	}

	public record ArticleMentions(Long articleId, String headline, String sourceFile, String outlet, String label,
			List<MentionLine> mentions) {
	}

	/**
	 * @param start where the mention starts in the sentence
	 */
	public record MentionLine(Long sentenceId, String sentence, int start, int end) {

		public String before() {
			return sentence.substring(0, start);
		}

		public String name() {
			return sentence.substring(start, end);
		}

		public String after() {
			return sentence.substring(end);
		}

	}

	/** Whom one article cites, and how often, by kind. */
	public record OutletSources(Long articleId, String label, boolean attributed, List<SourceCount> sources) {

		public long count(String kind) {
			return sources.stream().filter(s -> s.kind().equals(kind)).mapToLong(SourceCount::count).sum();
		}

		public long total() {
			return sources.stream().mapToLong(SourceCount::count).sum();
		}

	}

	public record SourceCount(String source, String kind, Long entityId, long count) {
	}

	/** A span of a sentence to mark on the article page. */
	public record Mark(Long sentenceId, int start, int end, String type, Long entityId, String label) {
	}

	/** What the article page shows beside the text: who is quoted, who is cited. */
	public record ArticleAnalysis(List<Mark> marks, List<SourceCount> quoted, List<SourceCount> cited) {
	}

}
