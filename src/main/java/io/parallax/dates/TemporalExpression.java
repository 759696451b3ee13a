package io.parallax.dates;

import java.time.LocalDate;

/**
 * A date or period a sentence names ("on Tuesday", "Jan. 20, 2017", "last summer", "a decade ago").
 *
 * @param text the phrase as printed
 * @param start where it starts in the sentence
 * @param end where it ends (exclusive)
 * @param date the first day of the period meant, resolved against the publication date (or an earlier date of the
 *     text for "a day later"); null when the text does not allow it
 * @param precision how much of the date the text gives
 */
public record TemporalExpression(String text, int start, int end, LocalDate date, DatePrecision precision) {

	boolean overlaps(int otherStart, int otherEnd) {
		return start < otherEnd && otherStart < end;
	}

}
