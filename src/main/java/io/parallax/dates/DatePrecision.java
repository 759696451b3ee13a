package io.parallax.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;

/**
 * How much of a date the text gives: "on 7 August 2025" a day, "August 2025" a month, "2025" a year, "the 1970s"
 * a decade. A resolved date is stored as the first day of its period together with its precision, so that a month
 * is never shown or compared as its first day.
 */
public enum DatePrecision {

	DAY, WEEK, MONTH, SEASON, YEAR, DECADE;

	/** The first day of the period of this precision that holds the date (a week starts on Monday). */
	public LocalDate firstDay(LocalDate date) {
		return switch (this) {
			case DAY, SEASON -> date;
			case WEEK -> date.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case MONTH -> date.withDayOfMonth(1);
			case YEAR -> date.withDayOfYear(1);
			case DECADE -> LocalDate.of(date.getYear() - Math.floorMod(date.getYear(), 10), 1, 1);
		};
	}

	/** The coarser of two precisions: a day counted from a month is only known to the month. */
	public DatePrecision coarser(DatePrecision other) {
		return other.ordinal() > ordinal() ? other : this;
	}

}
