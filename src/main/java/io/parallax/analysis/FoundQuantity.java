package io.parallax.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;

import io.parallax.dates.DatePrecision;

/**
 * A number or date in a sentence.
 *
 * @param value the number, scaled ("$200m" is 200000000; "thousands of" is 1000); null for a date
 * @param unit what the number measures: the currency (ISO code), the counted noun as printed ("trips", "count"),
 *     the time unit of a duration; null for a date
 * @param resolvedDate the first day of the period a date means, resolved against the article's publication date
 *     when the text allows; else null, and the text is kept as written
 * @param precision how much of a date the text gives (day, month, year…); null for a number
 * @param vague true for an amount given only by its order of magnitude ("hundreds of"), which no exact figure
 *     contradicts
 */
record FoundQuantity(Long articleId, Long sentenceId, QuantityKind kind, String text, BigDecimal value, String unit,
		LocalDate resolvedDate, DatePrecision precision, boolean vague, int start, int end) {

	boolean overlaps(FoundQuantity other) {
		return start < other.end && other.start < end;
	}

}
