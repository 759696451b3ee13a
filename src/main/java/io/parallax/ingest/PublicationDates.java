package io.parallax.ingest;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.dates.CalendarNames;

/**
 * Finds a publication date in a dateline: a line that holds a date and nothing else but labels, times, weekdays
 * and site furniture ("date 2025-08-07 Connect with us", "Published 7 August 2025, 10:32 BST"). A date inside a
 * sentence of the body is never taken for the publication date.
 */
final class PublicationDates {

	private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

	private static final String MONTH = "(" + CalendarNames.MONTHS + ")";

	private static final Pattern ISO = Pattern
		.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?:Z|[+-]\\d{2}:?\\d{2})?)?");

	private static final Pattern DAY_MONTH_YEAR = Pattern
		.compile("\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+" + MONTH + ",?\\s+(\\d{4})\\b", FLAGS);

	private static final Pattern MONTH_DAY_YEAR = Pattern
		.compile("\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})\\b", FLAGS);

	private static final Pattern LEFTOVERS = Pattern.compile("\\b(date|dated|published|updated|posted|last|on|at|"
			+ CalendarNames.WEEKDAYS + "|" + CalendarNames.WEEKDAY_ABBREVIATIONS + "|"
			+ "\\d{1,2}[:.]\\d{2}(\\s*[ap]\\.?m\\.?)?|[ap]\\.?m\\.?|gmt|utc|bst|cet|cest|est|edt|pst|pdt|et|pt|"
			+ "connect with us|follow us|share)\\b", FLAGS);

	private PublicationDates() {
	}

	static Optional<LocalDate> fromDateline(String line) {
		for (Pattern pattern : new Pattern[] { ISO, DAY_MONTH_YEAR, MONTH_DAY_YEAR }) {
			Matcher matcher = pattern.matcher(line);
			if (matcher.find() && onlyLabelsAround(line, matcher)) {
				return toDate(pattern, matcher);
			}
		}
		return Optional.empty();
	}

	private static boolean onlyLabelsAround(String line, Matcher date) {
		String rest = line.substring(0, date.start()) + " " + line.substring(date.end());
		return LEFTOVERS.matcher(rest).replaceAll(" ").replaceAll("[\\p{P}\\p{S}\\s]+", "").isEmpty();
	}

	private static Optional<LocalDate> toDate(Pattern pattern, Matcher m) {
		try {
			if (pattern == ISO) {
				return Optional.of(LocalDate.of(num(m.group(1)), num(m.group(2)), num(m.group(3))));
			}
			if (pattern == DAY_MONTH_YEAR) {
				return Optional.of(LocalDate.of(num(m.group(3)), month(m.group(2)), num(m.group(1))));
			}
			return Optional.of(LocalDate.of(num(m.group(3)), month(m.group(1)), num(m.group(2))));
		}
		catch (DateTimeException ex) {
			return Optional.empty();
		}
	}

	private static int num(String digits) {
		return Integer.parseInt(digits);
	}

	private static Month month(String name) {
		return CalendarNames.month(name).orElseThrow();
	}

}
