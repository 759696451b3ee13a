package io.parallax.dates;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.text.TaggedToken;

/**
 * What a rule may consult while reading one sentence: the sentence, the article's publication date, the dates read
 * so far (in this sentence and the last one before it, for "a day later"), the last date whose year the text gave
 * (for "that May"), and the sentence's tagged tokens, tagged only if a rule asks for them.
 */
final class ReadingContext {

	/** A date read in this sentence, and whether the text gave its year. */
	record Read(TemporalExpression expression, boolean yearGiven) {
	}

	private static final Pattern WORD_AFTER = Pattern.compile("^\\s*([\\p{L}\\d’'-]+)");

	private static final Pattern WORD_BEFORE = Pattern.compile("([\\p{L}\\d’'.-]+)\\s*$");

	/** "that year", "that week": the sentence speaks in the time the text set before. */
	private static final Pattern THAT_TIME = Pattern.compile("(?i)\\bthat\\s+(?:year|month|week|day|spring|summer|fall|autumn|winter)\\b");

	/** "June and July 2016", "March to May 2019": the month that follows gives the year. */
	private static final Pattern COORDINATED_YEAR = Pattern.compile("^\\s*(?:and|to|through|until|or|-|–)\\s*"
			+ CalendarNames.MONTHS + "\\s+((?:1[7-9]|20)\\d\\d)\\b");

	final String text;

	final LocalDate published;

	final List<Read> read = new ArrayList<>();

	private final TemporalExpression lastBefore;

	private final TemporalExpression lastYearGiven;

	private final Supplier<List<TaggedToken>> tagging;

	private List<TaggedToken> tokens;

	ReadingContext(String text, LocalDate published, TemporalExpression lastBefore, TemporalExpression lastYearGiven,
			Supplier<List<TaggedToken>> tagging) {
		this.text = text;
		this.published = published;
		this.lastBefore = lastBefore;
		this.lastYearGiven = lastYearGiven;
		this.tagging = tagging;
	}

	List<TaggedToken> tokens() {
		if (tokens == null) {
			tokens = tagging.get();
		}
		return tokens;
	}

	/** The last resolved date before an offset: earlier in this sentence, else the text's last before it. */
	TemporalExpression anchorBefore(int offset) {
		return read.stream()
			.map(Read::expression)
			.filter(e -> e.date() != null && e.end() <= offset)
			.reduce((a, b) -> a.end() > b.end() ? a : b)
			.orElse(lastBefore);
	}

	/**
	 * The year a yearless date takes from the story's narrative rather than from the publication date: the year of
	 * a date it is coordinated with ("between June and July 2016") or that sets the sentence's time before it ("in
	 * 2013 … that May"), or, after "that" ("that March 2 event", "July 22 that year"), the year the text last gave.
	 * Null when none.
	 */
	Integer narrativeYear(Matcher m) {
		Matcher coordinated = COORDINATED_YEAR.matcher(text.substring(m.end()));
		if (coordinated.find()) {
			return Integer.valueOf(coordinated.group(1));
		}
		Integer inSentence = read.stream()
			.filter(r -> r.yearGiven() && r.expression().date() != null && r.expression().end() <= m.start())
			.reduce((a, b) -> a.expression().end() > b.expression().end() ? a : b)
			.map(r -> r.expression().date().getYear())
			.orElse(null);
		if (inSentence != null) {
			return inSentence;
		}
		boolean that = wordBefore(m).equalsIgnoreCase("that") || THAT_TIME.matcher(text).find();
		return that && lastYearGiven != null ? lastYearGiven.date().getYear() : null;
	}

	/** The direction a modifier gives ("last", "next", "this past") or, without one, the governing verb's. */
	Direction direction(Matcher m, String modifier) {
		String word = modifier == null ? "" : modifier.toLowerCase(Locale.ROOT);
		if (word.equals("last") || word.endsWith("past") || word.equals("earlier")) {
			return Direction.PAST;
		}
		if (word.equals("next") || word.endsWith("coming") || word.equals("later")) {
			return Direction.FUTURE;
		}
		return Tense.at(tokens(), m.start(), m.end());
	}

	/** As {@link #direction}, for a day named by its weekday. */
	Direction dayDirection(Matcher m, String modifier) {
		return modifier != null ? direction(m, modifier) : Tense.atDay(tokens(), m.start(), m.end());
	}

	/** The word after a match, or "" at the end of the sentence. */
	String wordAfter(Matcher m) {
		Matcher next = WORD_AFTER.matcher(text.substring(m.end()));
		return next.find() ? next.group(1) : "";
	}

	/** The word before a match, or "" at the start of the sentence. */
	String wordBefore(Matcher m) {
		Matcher before = WORD_BEFORE.matcher(text.substring(0, m.start()));
		return before.find() ? before.group(1) : "";
	}

	/** The tag of the first token after a match, or "" at the end. */
	String tagAfter(Matcher m) {
		return tokens().stream().filter(t -> t.start() >= m.end()).findFirst().map(TaggedToken::tag).orElse("");
	}

}
