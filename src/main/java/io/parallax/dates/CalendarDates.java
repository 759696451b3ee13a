package io.parallax.dates;

import static io.parallax.dates.CalendarNames.MONTHS;
import static io.parallax.dates.CalendarNames.MONTH_NAMES;
import static io.parallax.dates.CalendarNames.WEEKDAYS;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;

import io.parallax.dates.Occurrences.Strictness;

/**
 * Dates named on the calendar: "Jan. 20, 2017", "7 August 2025", "Tuesday, Dec. 20", "March 2008", "December of
 * last year", "the spring of 2015", "the 1970s", "early June", "2002". A date without its year takes the year the
 * sentence's tense points to.
 */
final class CalendarDates {

	private static final String DAY = "(\\d{1,2})(?:st|nd|rd|th)?";

	private static final String YEAR = "(" + CalendarNames.YEAR + ")";

	private static final String ON_WEEKDAY = "(?:(?:" + WEEKDAYS + "),?\\s+)?";

	/** "early", "mid-", "the end of": a part of a period, read at the period's precision. */
	private static final String PART = "(?:(?:early|mid|late|the\\s+(?:end|beginning|start|middle|first\\s+half|second\\s+half)\\s+of)[\\s-]+)?";

	private static final String NOT_A_NUMBER_AFTER = "(?![,.]?\\d)(?!\\s*(?:%|percent|per\\s+cent))";

	private static final String SEASONS = "spring|summer|fall|autumn|winter";

	/** Words before a bare month that make it a date: "in May", "since March", "early June". */
	private static final Set<String> MONTH_CUES = Set.of("in", "since", "by", "until", "till", "from", "through",
			"during", "before", "after", "of", "early", "late", "mid", "mid-", "last", "next", "this", "to", "and", "or",
			"between", "that", "each", "every", "on");

	/** A year after these words sets the time of the sentence ("in 2013, … that May"), not a year as a label. */
	private static final Set<String> NARRATIVE_YEAR_CUES = Set.of("in", "during", "since", "of", "until", "through");

	private CalendarDates() {
	}

	static final List<DateRule> RULES = List.of(
			DateRule.of(DateRule.DIGIT, "\\b" + ON_WEEKDAY + "(" + MONTHS + ")\\s+" + DAY + ",?\\s+" + YEAR + "\\b",
					(m, c) -> day(m.group(3), m.group(1), m.group(2))),
			DateRule.of(DateRule.DIGIT, "\\b" + ON_WEEKDAY + "(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?(" + MONTHS + "),?\\s+" + YEAR + "\\b",
					(m, c) -> day(m.group(3), m.group(2), m.group(1))),
			DateRule.of("christmas|year|independence|fourth|halloween|valentine|veterans|boxing", "(?i)\\b(" + Holidays.NAMES + ")(?:,?\\s+" + YEAR + ")?\\b", CalendarDates::holiday),
			DateRule.of(DateRule.DIGIT, "\\b" + PART + "(" + MONTHS + ")(?:,?\\s+of)?,?\\s+" + YEAR + "\\b" + NOT_A_NUMBER_AFTER,
					(m, c) -> Reading.withYear(LocalDate.of(year(m.group(2)), month(m.group(1)), 1), DatePrecision.MONTH)),
			DateRule.of("year", "\\b" + PART + "(" + MONTH_NAMES + ")\\s+of\\s+(last|this|next)\\s+year\\b",
					(m, c) -> c.published == null ? Reading.unresolved(DatePrecision.MONTH)
							: Reading.of(LocalDate.of(c.published.getYear() + step(m.group(2)), month(m.group(1)), 1),
									DatePrecision.MONTH)),
			DateRule.of(DateRule.DIGIT, "(?i)\\b" + PART + "(?:the\\s+)?(" + SEASONS + ")\\s+(?:of\\s+)?" + YEAR + "\\b",
					(m, c) -> Reading.withYear(LocalDate.of(year(m.group(2)), Seasons.firstMonth(m.group(1)), 1),
							DatePrecision.SEASON)),
			DateRule.of(DateRule.DIGIT, "\\b(?:the\\s+)?(?:(?:early|mid|late)[\\s-]+)?((?:1[7-9]|20)\\d0)['’]?s\\b",
					(m, c) -> Reading.of(LocalDate.of(year(m.group(1)), 1, 1), DatePrecision.DECADE)),
			DateRule.of(DateRule.DIGIT, "\\bthe\\s+(?:(?:early|mid|late)[\\s-]+)?['’](\\d0)s\\b", CalendarDates::shortDecade),
			DateRule.of(DateRule.DIGIT, "(?<![$£€#\\d.,/-])\\b" + PART + YEAR + "\\b" + NOT_A_NUMBER_AFTER + "(?![-–]\\d)", CalendarDates::year),
			DateRule.of(DateRule.DIGIT, "\\b" + ON_WEEKDAY + "(" + MONTHS + ")\\s+" + DAY + "\\b" + NOT_A_NUMBER_AFTER,
					(m, c) -> yearless(m, c, m.group(1), m.group(2))),
			DateRule.of(DateRule.DIGIT, "\\b" + ON_WEEKDAY + "(?:the\\s+)?" + DAY + "\\s+(?:of\\s+)?(" + MONTH_NAMES + ")\\b",
					(m, c) -> yearless(m, c, m.group(2), m.group(1))),
			DateRule.of("last|next|this", "\\b(last|next|this|this\\s+past|this\\s+coming)\\s+(" + MONTH_NAMES + ")\\b",
					(m, c) -> month(m, c, m.group(2), m.group(1))),
			DateRule.of(MONTH_NAMES, "\\b(" + PART + ")(" + MONTH_NAMES + ")\\b(?!\\s+\\d)", CalendarDates::bareMonth),
			DateRule.of("spring|summer|fall|autumn|winter", "(?i)\\b(last|next|this|this\\s+past|this\\s+coming|early|late)\\s+(" + SEASONS + ")\\b"
					+ "|\\b(the)\\s+(" + SEASONS + ")\\b(?!\\s+(?:of|in)\\s+(?!\\d))",
					CalendarDates::season));

	private static Reading day(String year, String month, String day) {
		try {
			return Reading.withYear(LocalDate.of(year(year), month(month), Integer.parseInt(day)), DatePrecision.DAY);
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static Reading holiday(Matcher m, ReadingContext c) {
		java.time.MonthDay day = Holidays.day(m.group(1));
		if (m.group(2) != null) {
			return Reading.withYear(day.atYear(year(m.group(2))), DatePrecision.DAY);
		}
		return yearless(m, c, day.getMonth().name(), String.valueOf(day.getDayOfMonth()));
	}

	/** A day without its year: the year of the story's narrative where it has one, else as the tense points. */
	private static Reading yearless(Matcher m, ReadingContext c, String month, String day) {
		Integer year = c.narrativeYear(m);
		if (year != null) {
			try {
				return Reading.of(LocalDate.of(year, month(month), Integer.parseInt(day)), DatePrecision.DAY);
			}
			catch (DateTimeException ex) {
				return null;
			}
		}
		if (c.published == null) {
			return Reading.unresolved(DatePrecision.DAY);
		}
		LocalDate date = Occurrences.monthDay(c.published, month(month), Integer.parseInt(day), c.direction(m, null));
		return date == null ? null : Reading.of(date, DatePrecision.DAY);
	}

	private static Reading month(Matcher m, ReadingContext c, String month, String modifier) {
		Integer year = modifier == null ? c.narrativeYear(m) : null;
		if (year != null) {
			return Reading.of(LocalDate.of(year, month(month), 1), DatePrecision.MONTH);
		}
		if (c.published == null) {
			return Reading.unresolved(DatePrecision.MONTH);
		}
		if (modifier != null && modifier.equalsIgnoreCase("this")) {
			return Reading.of(LocalDate.of(c.published.getYear(), month(month), 1), DatePrecision.MONTH);
		}
		Strictness strictness = modifier == null ? Strictness.INCLUSIVE : Strictness.STRICT;
		return Reading.of(Occurrences.month(c.published, month(month), c.direction(m, modifier), strictness),
				DatePrecision.MONTH);
	}

	/** "May" and "March" are verbs too, and a month can start a name ("April Ryan"): they need a cue. */
	private static Reading bareMonth(Matcher m, ReadingContext c) {
		boolean cued = !m.group(1).isEmpty() || MONTH_CUES.contains(c.wordBefore(m).toLowerCase(Locale.ROOT));
		boolean ambiguous = m.group(2).equals("May") || m.group(2).equals("March");
		boolean startsAName = Character.isUpperCase(c.wordAfter(m).isEmpty() ? 'x' : c.wordAfter(m).charAt(0));
		return cued || !ambiguous && !startsAName ? month(m, c, m.group(2), null) : null;
	}

	/** A year alone, unless it counts something ("2000 votes") or lies far beyond the article's time. */
	private static Reading year(Matcher m, ReadingContext c) {
		int year = year(m.group(1));
		boolean counts = "NOUN".equals(c.tagAfter(m)) && c.wordAfter(m).matches("[a-z]+s");
		boolean farAhead = c.published != null && year > c.published.getYear() + 30;
		if (counts || farAhead) {
			return null;
		}
		boolean narrative = NARRATIVE_YEAR_CUES.contains(c.wordBefore(m).toLowerCase(Locale.ROOT));
		return narrative ? Reading.withYear(LocalDate.of(year, 1, 1), DatePrecision.YEAR)
				: Reading.of(LocalDate.of(year, 1, 1), DatePrecision.YEAR);
	}

	private static Reading season(Matcher m, ReadingContext c) {
		if (c.published == null) {
			return Reading.unresolved(DatePrecision.SEASON);
		}
		String modifier = (m.group(1) != null ? m.group(1) : m.group(3)).toLowerCase(Locale.ROOT);
		Month first = Seasons.firstMonth(m.group(2) != null ? m.group(2) : m.group(4));
		if (modifier.equals("this")) {
			return Reading.of(Occurrences.season(c.published, first, Direction.NEAREST, Strictness.INCLUSIVE),
					DatePrecision.SEASON);
		}
		boolean relative = modifier.equals("last") || modifier.equals("next") || modifier.startsWith("this");
		Direction direction = c.direction(m, relative ? modifier : null);
		return Reading.of(Occurrences.season(c.published, first, direction,
				relative ? Strictness.STRICT : Strictness.INCLUSIVE), DatePrecision.SEASON);
	}

	/** "the '90s": the most recent such decade by the article's time. */
	private static Reading shortDecade(Matcher m, ReadingContext c) {
		int decade = Integer.parseInt(m.group(1));
		int now = c.published != null ? c.published.getYear() : LocalDate.now().getYear();
		int century = now - Math.floorMod(now, 100);
		int year = century + decade <= now ? century + decade : century - 100 + decade;
		return Reading.of(LocalDate.of(year, 1, 1), DatePrecision.DECADE);
	}

	static int step(String word) {
		return switch (word.toLowerCase(Locale.ROOT)) {
			case "last", "previous" -> -1;
			case "next", "following" -> 1;
			default -> 0;
		};
	}

	private static int year(String digits) {
		return Integer.parseInt(digits);
	}

	private static Month month(String name) {
		return CalendarNames.month(name).orElseThrow();
	}

}
