package io.parallax.dates;

import java.time.DayOfWeek;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The one list of month and weekday names, with the abbreviations news styles use ("Jan.", "Sept.", "Aug 7"), as
 * regular-expression alternatives and as lookups. Every parser of dates in Parallax reads names through here.
 */
public final class CalendarNames {

	/** Full month names: "January" … "December". */
	public static final String MONTH_NAMES = Arrays.stream(Month.values())
		.map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
		.collect(Collectors.joining("|"));

	/**
	 * A month as written before or after a day or a year: full, or abbreviated with or without its point ("Jan.",
	 * "Sept.", "Aug"). "May" is both. Abbreviations are only safe next to a number, so bare months use
	 * {@link #MONTH_NAMES}.
	 */
	public static final String MONTHS = "(?:" + MONTH_NAMES + "|Sept\\.?|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\\.?)";

	/** A year as news writes one, 1700-2099: "1976", "2018". */
	public static final String YEAR = "(?:1[7-9]|20)\\d\\d";

	/** Full weekday names: "Monday" … "Sunday". */
	public static final String WEEKDAYS = Arrays.stream(DayOfWeek.values())
		.map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
		.collect(Collectors.joining("|"));

	/** Weekdays as datelines abbreviate them: "Mon" … "Sun". */
	public static final String WEEKDAY_ABBREVIATIONS = Arrays.stream(DayOfWeek.values())
		.map(d -> d.getDisplayName(TextStyle.SHORT, Locale.ENGLISH))
		.collect(Collectors.joining("|"));

	private CalendarNames() {
	}

	/** The month a name or abbreviation stands for, whatever its case: "Sept." is September. */
	public static Optional<Month> month(String name) {
		String prefix = name.strip().toLowerCase(Locale.ROOT);
		if (prefix.length() < 3) {
			return Optional.empty();
		}
		String three = prefix.substring(0, 3);
		return Arrays.stream(Month.values())
			.filter(m -> m.getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT).equals(three))
			.findFirst();
	}

	/** The weekday a name stands for ("Tuesday", "tuesday's"). */
	public static Optional<DayOfWeek> weekday(String name) {
		String lower = name.strip().toLowerCase(Locale.ROOT);
		return Arrays.stream(DayOfWeek.values())
			.filter(d -> lower.startsWith(d.getDisplayName(TextStyle.FULL, Locale.ENGLISH).toLowerCase(Locale.ROOT)))
			.findFirst();
	}

}
