package io.parallax.dates;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.function.IntFunction;

/**
 * Picks which occurrence of a yearless date ("June 28", "February", "last summer") or of a weekday a sentence
 * means, given the publication date and the direction the sentence points.
 */
final class Occurrences {

	/** One occurrence: its first and last day. */
	private record Period(LocalDate first, LocalDate last) {

		long distanceTo(LocalDate day) {
			return day.isBefore(first) ? first.toEpochDay() - day.toEpochDay()
					: day.isAfter(last) ? day.toEpochDay() - last.toEpochDay() : 0;
		}

	}

	/** How "last" and "next" narrow the choice: the one before (or after) the present one. */
	enum Strictness {

		INCLUSIVE, STRICT

	}

	private Occurrences() {
	}

	static LocalDate weekday(LocalDate published, DayOfWeek day, Direction direction, Strictness strictness) {
		LocalDate same = published.with(TemporalAdjusters.previousOrSame(day));
		return pick(published, direction, strictness, List.of(days(same.minusWeeks(1), 1), days(same, 1),
				days(same.plusWeeks(1), 1)));
	}

	/** A day of a month without a year, or null for a day the month never has ("February 30"). */
	static LocalDate monthDay(LocalDate published, Month month, int day, Direction direction) {
		if (day < 1 || day > month.maxLength()) {
			return null;
		}
		IntFunction<Period> inYear = year -> days(LocalDate.of(year, month, Math.min(day, month.length(java.time.Year.isLeap(year)))), 1);
		List<Period> occurrences = around(published, inYear);
		LocalDate chosen = pick(published, direction, Strictness.INCLUSIVE, occurrences);
		LocalDate nearest = pick(published, Direction.NEAREST, Strictness.INCLUSIVE, occurrences);
		// A day given without its year is within months of the article: "said he's prepared to sign a bill to open the
		// government through Feb. 15", three weeks ahead, is not eleven months back, whatever tense governs it
		return chosen != null && daysApart(chosen, published) > HALF_A_YEAR && daysApart(nearest, published) <= A_QUARTER
				? nearest : chosen;
	}

	private static final long HALF_A_YEAR = 183;

	private static final long A_QUARTER = 92;

	private static long daysApart(LocalDate a, LocalDate b) {
		return Math.abs(a.toEpochDay() - b.toEpochDay());
	}

	static LocalDate month(LocalDate published, Month month, Direction direction, Strictness strictness) {
		IntFunction<Period> inYear = year -> {
			LocalDate first = LocalDate.of(year, month, 1);
			return new Period(first, first.with(TemporalAdjusters.lastDayOfMonth()));
		};
		return pick(published, direction, strictness, around(published, inYear));
	}

	/** A season: spring from March, summer from June, autumn from September, winter from December. */
	static LocalDate season(LocalDate published, Month firstMonth, Direction direction, Strictness strictness) {
		IntFunction<Period> inYear = year -> {
			LocalDate first = LocalDate.of(year, firstMonth, 1);
			return new Period(first, first.plusMonths(3).minusDays(1));
		};
		return pick(published, direction, strictness, around(published, inYear));
	}

	private static List<Period> around(LocalDate published, IntFunction<Period> inYear) {
		int year = published.getYear();
		return List.of(inYear.apply(year - 1), inYear.apply(year), inYear.apply(year + 1));
	}

	private static Period days(LocalDate first, int length) {
		return new Period(first, first.plusDays(length - 1L));
	}

	/** Candidates are in date order. */
	private static LocalDate pick(LocalDate published, Direction direction, Strictness strictness, List<Period> periods) {
		boolean strict = strictness == Strictness.STRICT;
		Period chosen = null;
		if (direction == Direction.PAST) {
			for (Period p : periods) {
				chosen = (strict ? p.last().isBefore(published) : !p.first().isAfter(published)) ? p : chosen;
			}
		}
		else if (direction == Direction.FUTURE) {
			for (int i = periods.size() - 1; i >= 0; i--) {
				Period p = periods.get(i);
				chosen = (strict ? p.first().isAfter(published) : !p.last().isBefore(published)) ? p : chosen;
			}
		}
		else {
			for (Period p : periods) {
				chosen = chosen == null || p.distanceTo(published) < chosen.distanceTo(published) ? p : chosen;
			}
		}
		return chosen == null ? null : chosen.first();
	}

}
