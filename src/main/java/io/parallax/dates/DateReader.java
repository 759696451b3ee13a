package io.parallax.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.stream.Stream;

import io.parallax.text.TaggedToken;

/**
 * Reads the dates of one article, sentence by sentence in reading order: calendar dates, dates relative to the
 * publication date, and dates relative to the one the text gave last ("a day later"). Each is resolved at the
 * precision the text gives. The one date parser of Parallax: the importer's dateline reading and the analysis both
 * use its names and rules.
 */
public final class DateReader {

	/** In order of preference: where two rules read overlapping words, the earlier one's reading stands. */
	private static final List<DateRule> RULES = Stream.concat(CalendarDates.RULES.stream(), RelativeDates.RULES.stream())
		.toList();

	private final LocalDate published;

	private TemporalExpression lastDate;

	private TemporalExpression lastYearGiven;

	/** @param published the article's publication date, or null when it states none (relative dates stay unresolved) */
	public DateReader(LocalDate published) {
		this.published = published;
	}

	/**
	 * The dates of the next sentence, in order.
	 *
	 * @param tokens the sentence's tagged tokens, asked for only when a date's direction depends on the verbs
	 */
	public List<TemporalExpression> read(String sentence, Supplier<List<TaggedToken>> tokens) {
		ReadingContext context = new ReadingContext(sentence, published, lastDate, lastYearGiven, tokens);
		String lower = sentence.toLowerCase(Locale.ROOT);
		boolean hasDigit = lower.chars().anyMatch(Character::isDigit);
		for (DateRule rule : RULES) {
			if (!rule.mayMatch(lower, hasDigit)) {
				continue;
			}
			Matcher m = rule.pattern().matcher(sentence);
			while (m.find()) {
				int start = m.start();
				int end = m.end();
				if (context.read.stream().noneMatch(r -> r.expression().overlaps(start, end))) {
					Reading reading = rule.reader().apply(m, context);
					if (reading != null) {
						context.read.add(new ReadingContext.Read(new TemporalExpression(m.group().strip(), start, end,
								reading.date(), reading.precision()), reading.yearGiven()));
					}
				}
			}
		}
		List<ReadingContext.Read> inOrder = new ArrayList<>(context.read);
		inOrder.sort(Comparator.comparingInt(r -> r.expression().start()));
		for (ReadingContext.Read r : inOrder) {
			lastDate = r.expression().date() != null ? r.expression() : lastDate;
			lastYearGiven = r.yearGiven() ? r.expression() : lastYearGiven;
		}
		return inOrder.stream().map(ReadingContext.Read::expression).toList();
	}

}
