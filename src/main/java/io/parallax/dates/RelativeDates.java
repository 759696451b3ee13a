package io.parallax.dates;

import static io.parallax.dates.CalendarNames.WEEKDAYS;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;

import io.parallax.dates.Occurrences.Strictness;
import io.parallax.text.Numbers;

/**
 * Dates told relative to the article's time ("on Tuesday", "yesterday", "last year", "earlier this month", "two
 * days ago", "in four days", "this weekend") or to a date the text gave before ("a day later", "the following
 * year").
 */
final class RelativeDates {

	private static final String AMOUNT = "(" + Numbers.DIGITS + "|" + Numbers.WORDS + "|a|an|one)";

	private static final String UNIT = "(day|week|month|year|decade|century|centurie)s?";

	private static final String ROUGHLY = "(?:(?:about|nearly|almost|roughly|some|more\\s+than|less\\s+than|over|just|only|barely)\\s+)?";

	private RelativeDates() {
	}

	static final List<DateRule> RULES = List.of(
			DateRule.of(" ago", "(?i)\\b" + ROUGHLY + AMOUNT + "\\s+" + UNIT + "\\s+ago\\b",
					(m, c) -> shifted(c.published, m.group(1), m.group(2), -1)),
			DateRule.of("from now|away", "(?i)\\b" + AMOUNT + "\\s+" + UNIT + "\\s+(?:from\\s+now|away)\\b",
					(m, c) -> shifted(c.published, m.group(1), m.group(2), 1)),
			DateRule.of("in ", "(?i)\\bin\\s+(?!an?\\s|one\\s)" + AMOUNT + "\\s+" + UNIT + "\\b(?!\\s+(?:time|of|since|ago))", RelativeDates::inFuture),
			DateRule.of("today|tonight|yesterday|tomorrow|night|morning|afternoon|evening", "(?i)\\b(?:(early|late)\\s+)?(today|tonight|yesterday|tomorrow|last\\s+night|this\\s+(?:morning|afternoon|evening))\\b",
					RelativeDates::deictic),
			DateRule.of("fiscal", "(?i)\\b(this|last|next|this\\s+past|this\\s+coming|the\\s+past|the\\s+coming)\\s+fiscal\\s+year\\b",
					(m, c) -> Reading.unresolved(DatePrecision.YEAR)),
			DateRule.of("week|month|year|decade", "(?i)\\b(earlier\\s+this|later\\s+this|this|last|next|this\\s+past|this\\s+coming|the\\s+past|the\\s+coming)\\s+(week|weekend|month|year|decade)\\b",
					RelativeDates::period),
			DateRule.of("weekend", "(?i)\\b(?:over\\s+)?the\\s+weekend\\b",
					(m, c) -> weekend(c, c.direction(m, null), Strictness.INCLUSIVE)),
			DateRule.of("day", "\\b(?:((?i:last|next|this|this\\s+past|this\\s+coming|early|late|earlier|later))\\s+)?(" + WEEKDAYS
					+ ")(?:['’]s)?(?:\\s+(?:night|morning|afternoon|evening))?\\b", RelativeDates::weekday),
			DateRule.of("earlier|later|before|after", "(?i)\\b" + ROUGHLY + AMOUNT + "\\s+" + UNIT + "\\s+(earlier|later|(?:before|after)(?!\\s+\\w))\\b",
					(m, c) -> anchored(m, c, m.group(1), m.group(2), m.group(3))),
			DateRule.of("next|following|previous|prior", "(?i)\\bthe\\s+(next|following|previous|prior)\\s+(day|week|month|year)\\b",
					(m, c) -> anchored(m, c, "one", m.group(2), m.group(1))),
			DateRule.of("before|after", "(?i)\\bthe\\s+(day|week|month|year)\\s+(before|after)\\b(?!\\s+\\w)",
					(m, c) -> anchored(m, c, "one", m.group(1), m.group(2))));

	private static Reading weekday(Matcher m, ReadingContext c) {
		if (c.published == null) {
			return Reading.unresolved(DatePrecision.DAY);
		}
		String modifier = m.group(1) == null ? null : m.group(1).toLowerCase(Locale.ROOT);
		boolean strict = "last".equals(modifier) || "next".equals(modifier);
		boolean relative = strict || modifier != null && modifier.startsWith("this");
		DayOfWeek day = CalendarNames.weekday(m.group(2)).orElseThrow();
		return Reading.of(Occurrences.weekday(c.published, day, c.dayDirection(m, relative ? modifier : null),
				strict ? Strictness.STRICT : Strictness.INCLUSIVE), DatePrecision.DAY);
	}

	private static Reading deictic(Matcher m, ReadingContext c) {
		String word = m.group(2).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		if (word.equals("today") && c.wordBefore(m).equals("USA")) {
			return null;
		}
		if (c.published == null) {
			return Reading.unresolved(DatePrecision.DAY);
		}
		int days = switch (word) {
			case "yesterday", "last night" -> -1;
			case "tomorrow" -> 1;
			default -> 0;
		};
		return Reading.of(c.published.plusDays(days), DatePrecision.DAY);
	}

	private static Reading period(Matcher m, ReadingContext c) {
		String which = m.group(1).toLowerCase(Locale.ROOT).replaceAll("\\s+", " ");
		String unit = m.group(2).toLowerCase(Locale.ROOT);
		if (unit.equals("weekend")) {
			return c.published == null ? Reading.unresolved(DatePrecision.WEEK)
					: weekend(c, c.direction(m, which.replace("this", "").strip()), which.contains("this")
							? Strictness.INCLUSIVE : Strictness.STRICT);
		}
		DatePrecision precision = precision(unit);
		boolean pastOrComing = which.startsWith("the ") && !unit.equals("week");
		if (c.published == null || pastOrComing) {
			return Reading.unresolved(precision);
		}
		int step = which.endsWith("past") || which.equals("last") ? -1
				: which.endsWith("coming") || which.equals("next") ? 1 : 0;
		return Reading.of(c.published.plus(step, chronoUnit(unit)), precision);
	}

	/** The weekend (its Saturday) before or after publication, or the one under way. */
	private static Reading weekend(ReadingContext c, Direction direction, Strictness strictness) {
		if (c.published == null) {
			return Reading.unresolved(DatePrecision.WEEK);
		}
		LocalDate saturday = Occurrences.weekday(c.published, DayOfWeek.SATURDAY, direction, strictness);
		if (c.published.getDayOfWeek() == DayOfWeek.SUNDAY && strictness == Strictness.INCLUSIVE
				&& direction != Direction.FUTURE) {
			saturday = c.published.minusDays(1);
		}
		return new Reading(saturday, DatePrecision.WEEK, false);
	}

	/**
	 * "in four days" is a date unless the sentence looks back ("fell 5 percent in two days") or measures a span
	 * ("the first time in two years"); "in a day" is always a span ("end the war in a day").
	 */
	private static Reading inFuture(Matcher m, ReadingContext c) {
		String before = c.text.substring(Math.max(0, m.start() - 30), m.start()).toLowerCase(Locale.ROOT);
		boolean span = before.matches(".*\\b(time|first|once|only|\\w+est|most|least)\\W*(\\w+\\W+){0,3}$");
		return span || c.direction(m, null) == Direction.PAST ? null : shifted(c.published, m.group(1), m.group(2), 1);
	}

	/** A date counted from another: "a decade ago" is a year, "two days ago" a day. */
	private static Reading shifted(LocalDate from, String amount, String unit, int sign) {
		DatePrecision precision = precision(unit) == DatePrecision.DECADE ? DatePrecision.YEAR : precision(unit);
		var value = Numbers.value(amount);
		if (from == null || value == null || value.scale() > 0 && value.stripTrailingZeros().scale() > 0) {
			return Reading.unresolved(precision);
		}
		return Reading.of(from.plus(sign * value.longValue(), chronoUnit(unit)), precision);
	}

	/**
	 * "a day later", "a year earlier": counted from the date the text last gave, at no finer precision than that
	 * date's. An offset from an event the sentence goes on to name ("eight months before Russia invaded") is a span,
	 * not read as a date.
	 */
	private static Reading anchored(Matcher m, ReadingContext c, String amount, String unit, String direction) {
		TemporalExpression anchor = c.anchorBefore(m.start());
		LocalDate from = anchor != null ? anchor.date() : c.published;
		int sign = direction.toLowerCase(Locale.ROOT).matches("earlier|before|previous|prior") ? -1 : 1;
		Reading reading = shifted(from, amount, unit, sign);
		if (anchor == null || reading.date() == null) {
			return reading;
		}
		DatePrecision precision = reading.precision().coarser(anchor.precision());
		return Reading.of(reading.date(), precision);
	}

	private static DatePrecision precision(String unit) {
		return switch (unit.toLowerCase(Locale.ROOT)) {
			case "day" -> DatePrecision.DAY;
			case "week" -> DatePrecision.WEEK;
			case "month" -> DatePrecision.MONTH;
			case "decade" -> DatePrecision.DECADE;
			default -> DatePrecision.YEAR;
		};
	}

	private static ChronoUnit chronoUnit(String unit) {
		return switch (unit.toLowerCase(Locale.ROOT)) {
			case "day" -> ChronoUnit.DAYS;
			case "week" -> ChronoUnit.WEEKS;
			case "month" -> ChronoUnit.MONTHS;
			case "decade" -> ChronoUnit.DECADES;
			case "century", "centurie" -> ChronoUnit.CENTURIES;
			default -> ChronoUnit.YEARS;
		};
	}

}
