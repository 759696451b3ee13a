package io.parallax.analysis;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.Month;
import java.time.format.TextStyle;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;

/**
 * Finds dates in a sentence — "7 August 2025", "June 2021", "in January", "on Wednesday", "Friday's deadline",
 * "last month", "next week" — and resolves the relative ones against the article's publication date. A weekday
 * is the one before publication unless the sentence looks ahead ("expires Friday", "by Friday", "will").
 */
class DateFinder {

	private static final String MONTHS = Arrays.stream(Month.values())
		.map(m -> m.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
		.collect(Collectors.joining("|"));

	private static final String WEEKDAYS = Arrays.stream(DayOfWeek.values())
		.map(d -> d.getDisplayName(TextStyle.FULL, Locale.ENGLISH))
		.collect(Collectors.joining("|"));

	private static final Pattern FULL_DATE = Pattern.compile("\\b(\\d{1,2})\\s+(" + MONTHS + "),?\\s+(\\d{4})\\b|\\b("
			+ MONTHS + ")\\s+(\\d{1,2}),?\\s+(\\d{4})\\b");

	private static final Pattern MONTH_YEAR = Pattern.compile("\\b(" + MONTHS + ")\\s+(\\d{4})\\b");

	private static final Pattern MONTH_ALONE = Pattern.compile("\\b(?:in|since|until|by|from|last|this|next|early|late|mid-)\\s*("
			+ MONTHS + ")\\b(?!\\s+\\d)");

	private static final Pattern WEEKDAY = Pattern
		.compile("\\b(?:(?:on|by|until|since|before|after|from|next|last|this|earlier on|late on)\\s+)?(" + WEEKDAYS
				+ ")(?:['’]s)?(?:\\s+(?:night|morning|afternoon|evening))?\\b");

	private static final Pattern RELATIVE = Pattern.compile("(?i)\\b(yesterday|today|tomorrow|(last|this|next|earlier this)"
			+ "\\s+(week|month|year)|in\\s+(two|three|\\d+)\\s+days|a\\s+day\\s+away)\\b");

	private static final int LOOK_AHEAD_WINDOW = 40;

	private static final Pattern DEADLINE_AFTER = Pattern.compile("(?i)^\\W{0,3}\\s*(deadline|expires?|cut-?off)\\b");

	private static final Pattern LOOKS_AHEAD = Pattern.compile("(?i)\\b(will|expires?|due|deadline|until|by|next|"
			+ "coming|looming|set to|scheduled|away|ahead)\\b");

	List<FoundQuantity> find(ArticleText article, SentenceText sentence) {
		List<FoundQuantity> found = new ArrayList<>();
		LocalDate published = article.publishedOn();
		String text = sentence.text();
		Matcher full = FULL_DATE.matcher(text);
		while (full.find()) {
			found.add(date(article, sentence, full, fullDate(full), "day"));
		}
		Matcher monthYear = MONTH_YEAR.matcher(text);
		while (monthYear.find()) {
			LocalDate date = LocalDate.of(Integer.parseInt(monthYear.group(2)), month(monthYear.group(1)), 1);
			found.add(date(article, sentence, monthYear, date, "month"));
		}
		Matcher month = MONTH_ALONE.matcher(text);
		while (month.find()) {
			found.add(date(article, sentence, month, published == null ? null : lastMonth(published, month(month.group(1))),
					"month"));
		}
		Matcher weekday = WEEKDAY.matcher(text);
		while (weekday.find()) {
			boolean ahead = looksAhead(text, weekday);
			found.add(date(article, sentence, weekday, published == null ? null : weekday(published,
					DayOfWeek.valueOf(weekday.group(1).toUpperCase(Locale.ROOT)), ahead), "day"));
		}
		Matcher relative = RELATIVE.matcher(text);
		while (relative.find()) {
			found.add(date(article, sentence, relative, published == null ? null : relative(published, relative),
					precision(relative)));
		}
		return found;
	}

	/** "by Friday", "due to expire on Friday", "Friday's deadline": the weekday after publication. */
	private static boolean looksAhead(String text, Matcher weekday) {
		String before = text.substring(Math.max(0, weekday.start() - LOOK_AHEAD_WINDOW), weekday.start());
		String after = text.substring(weekday.end(), Math.min(text.length(), weekday.end() + LOOK_AHEAD_WINDOW / 2));
		return weekday.group(0).matches("(?i)(by|until|next|before)\\b.*") || LOOKS_AHEAD.matcher(before).find()
				|| DEADLINE_AFTER.matcher(after).find();
	}

	private static FoundQuantity date(ArticleText article, SentenceText sentence, Matcher m, LocalDate date,
			String precision) {
		return new FoundQuantity(article.id(), sentence.id(), QuantityKind.DATE, m.group(0).strip(), null, precision,
				date, m.start(), m.end());
	}

	private static LocalDate fullDate(Matcher m) {
		try {
			return m.group(1) != null
					? LocalDate.of(Integer.parseInt(m.group(3)), month(m.group(2)), Integer.parseInt(m.group(1)))
					: LocalDate.of(Integer.parseInt(m.group(6)), month(m.group(4)), Integer.parseInt(m.group(5)));
		}
		catch (DateTimeException ex) {
			return null;
		}
	}

	private static Month month(String name) {
		return Month.valueOf(name.toUpperCase(Locale.ROOT));
	}

	private static LocalDate lastMonth(LocalDate published, Month month) {
		LocalDate first = published.withMonth(month.getValue()).withDayOfMonth(1);
		return first.isAfter(published) ? first.minusYears(1) : first;
	}

	private static LocalDate weekday(LocalDate published, DayOfWeek day, boolean ahead) {
		return ahead ? published.with(TemporalAdjusters.nextOrSame(day))
				: published.with(TemporalAdjusters.previousOrSame(day));
	}

	private static LocalDate relative(LocalDate published, Matcher m) {
		String text = m.group(1).toLowerCase(Locale.ROOT);
		if (text.equals("yesterday")) {
			return published.minusDays(1);
		}
		if (text.equals("today")) {
			return published;
		}
		if (text.equals("tomorrow") || text.equals("a day away")) {
			return published.plusDays(1);
		}
		if (text.startsWith("in ")) {
			return published.plusDays(Numbers.value(m.group(4)).longValue());
		}
		int step = m.group(2).toLowerCase().equals("last") ? -1 : m.group(2).toLowerCase().equals("next") ? 1 : 0;
		return switch (m.group(3).toLowerCase()) {
			case "week" -> published.plusWeeks(step).with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
			case "month" -> published.plusMonths(step).withDayOfMonth(1);
			default -> published.plusYears(step).withDayOfYear(1);
		};
	}

	private static String precision(Matcher m) {
		String unit = m.group(3);
		return unit == null ? "day" : unit.toLowerCase();
	}

}
