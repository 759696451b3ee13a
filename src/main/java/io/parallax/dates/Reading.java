package io.parallax.dates;

import java.time.LocalDate;

/**
 * What a rule reads from a date phrase: the first day of the period meant (null when the text does not allow
 * resolving it), its precision, and whether the text gave its year ("March 2011", not "in March"), which makes it
 * the year of the story's narrative for yearless dates near it.
 */
record Reading(LocalDate date, DatePrecision precision, boolean yearGiven) {

	static Reading unresolved(DatePrecision precision) {
		return new Reading(null, precision, false);
	}

	static Reading of(LocalDate date, DatePrecision precision) {
		return new Reading(date == null ? null : precision.firstDay(date), precision, false);
	}

	static Reading withYear(LocalDate date, DatePrecision precision) {
		return new Reading(precision.firstDay(date), precision, true);
	}

}
