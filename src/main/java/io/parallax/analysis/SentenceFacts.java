package io.parallax.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import opennlp.tools.stemmer.PorterStemmer;

/**
 * What the analysis found in one sentence, for the stages that compare sentences across articles.
 *
 * @param entityIds the entities the sentence names
 * @param people those of them that are people
 * @param quantities its numbers and dates
 * @param quotes its quotes: the quote group (the same words across outlets), the wording and the speaker
 * @param places the names of the places it names
 * @param runningQuotes the quotations that open in an earlier sentence and run on over this one ("“How would your
 * golden years turn out under John McCain? His health care plan would cut Medicare by $800 billion…”"): its words
 * are the speaker's, not the reporter's, though the sentence holds no quotation mark of its own
 */
public record SentenceFacts(Long sentenceId, Set<Long> entityIds, Set<Long> people, List<Quantity> quantities,
		List<QuoteFact> quotes, Set<String> places, List<QuoteFact> runningQuotes) {

	/** A sentence inside no quotation that opens before it. */
	public SentenceFacts(Long sentenceId, Set<Long> entityIds, Set<Long> people, List<Quantity> quantities,
			List<QuoteFact> quotes, Set<String> places) {
		this(sentenceId, entityIds, people, quantities, quotes, places, List.of());
	}

	/** A sentence whose names are not told apart by kind. */
	public SentenceFacts(Long sentenceId, Set<Long> entityIds, List<Quantity> quantities, List<QuoteFact> quotes) {
		this(sentenceId, entityIds, Set.of(), quantities, quotes, Set.of());
	}

	/** A sentence whose places are not named. */
	public SentenceFacts(Long sentenceId, Set<Long> entityIds, Set<Long> people, List<Quantity> quantities,
			List<QuoteFact> quotes) {
		this(sentenceId, entityIds, people, quantities, quotes, Set.of());
	}

	/**
	 * @param unit the currency, the counted noun of a count, the time unit of a duration
	 * @param precision how much of a date the text gives; null for a number
	 * @param vague an order of magnitude only ("hundreds of"), which no exact figure contradicts
	 */
	public record Quantity(String kind, String text, BigDecimal value, String unit, LocalDate resolvedDate,
			String precision, boolean vague) {

		/**
		 * What the number measures, for comparing like with like: money in its currency, a percentage, a duration,
		 * or a count of one noun by its stem ("four trips" and "the fifth trip" are both counts of trips; "two
		 * sides" and "three rounds" are not the same count). Null for a date, an order of magnitude only, or a
		 * count whose noun is unknown: nothing to compare.
		 */
		public String measure() {
			if (value == null || vague || kind.equals("DATE")) {
				return null;
			}
			return switch (kind) {
				case "MONEY" -> "MONEY " + unit;
				case "COUNT" -> unit == null ? null : "COUNT " + new PorterStemmer().stem(unit.toLowerCase(Locale.ROOT));
				default -> kind;
			};
		}

	}

	public record QuoteFact(Long groupId, String text, Long speakerEntityId, String speaker) {
	}

}
