package io.parallax.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.parallax.dates.CalendarNames;
import io.parallax.text.Numbers;
import io.parallax.text.TaggedToken;

/**
 * Finds counts and what they count: "four trips", "1.3 million active-duty troops", "hundreds of thousands of
 * female workers", "two of the named plaintiffs", ordinals that count ("his fifth visit", "a second meeting"),
 * counts in a compound ("a 24-page indictment", "a seven-count indictment"), ages ("Jackson, 47,", "in his 50s", "a
 * 49-year-old"), a vote's tally ("134 to 63") and large figures whose noun went before ("about 5 million"). Not
 * counts: shares ("two-thirds"), days of a month and years ("the Sept. 11 attacks", "9/11 families", "the 2018
 * elections").
 */
final class CountFinder {

	/** Words that make a number approximate or a bound; kept in the phrase as printed. */
	static final String ROUGHLY = "(?:(?:about|around|approximately|roughly|nearly|almost|some|over|under|more\\s+than"
			+ "|less\\s+than|fewer\\s+than|at\\s+least|at\\s+most|up\\s+to|as\\s+many\\s+as|just|only)\\s+)?";

	private static final Pattern CARDINAL = Pattern.compile("(?i)\\b" + ROUGHLY + "(" + Numbers.VAGUE + "|"
			+ Numbers.DIGITS + "|" + Numbers.WORDS + ")(?:\\s+(million|billion|trillion|thousand))?(?=\\s)");

	private static final Pattern PARTITIVE = Pattern
		.compile("(?i)^\\s+(?:more\\s+|other\\s+)?of\\s+(?:the|these|those|his|her|their|its|our)\\s+");

	private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:the|its|their|his|her|a|an|our|my)\\s+(?!first\\b)("
			+ Numbers.ORDINALS + ")(?=\\s)");

	/** "two-thirds", "three-quarters": a share, not a count of thirds. */
	private static final String FRACTIONS = "(?:halves|half|thirds?|quarters?|fourths?|fifths?|sixths?|sevenths?|eighths?"
			+ "|ninths?|tenths?)\\b";

	private static final Pattern COMPOUND = Pattern.compile("(?i)\\b(" + Numbers.DIGITS + "|" + Numbers.WORDS
			+ ")(-and-a-half)?-(?!(?:year|month|week|day|hour|minute|second|decade|old|long|time|way|fold|sided|star|one|two|three|four|five|six|seven|eight|nine)s?\\b)"
			+ "(?!" + FRACTIONS + ")([a-z]{3,})\\b(?=\\s+[a-z])");

	private static final Pattern AGE = Pattern.compile("(?<=\\b[A-Z][\\p{L}'’.-]{1,30}),\\s+(\\d{1,3})(?=,|\\s+(?:and|who|was|is|has|had)\\b|\\.?$)"
			+ "|\\b(?:his|her|their)\\s+(?:early\\s+|mid-|late\\s+)?(\\d0)s\\b"
			+ "|\\bage[ds]?\\s+(\\d{1,3})\\b(?!\\s+(?:month|week|day)s?\\b)"
			+ "|\\b(\\d{1,3})-year-old\\b");

	private static final Pattern LARGE = Pattern.compile("(?i)\\b" + ROUGHLY
			+ "(\\d{1,3}(?:,\\d{3})+|(?:" + Numbers.DIGITS + ")\\s+(?:million|billion|trillion))\\b(?!\\s*%)(?!\\s+(?:"
			+ CountedNoun.MEASURES.stream().map(Pattern::quote).collect(Collectors.joining("|")) + ")\\b)");

	static final String AGE_UNIT = "years of age";

	private static final Pattern DIGIT = Pattern.compile("\\d");

	/** Cheap checks that spare most sentences the full patterns. */
	private static final Pattern ORDINAL_CUE = Pattern.compile("(?i)(?:second|third|fourth|fifth|sixth|seventh|eighth"
			+ "|ninth|tenth|eleventh|twelfth)\\b|\\d(?:st|nd|rd|th)\\b");

	private static final Pattern NUMBER_WORD_CUE = Pattern.compile("\\b(?:one|two|three|four|five|six|seven|eight|nine"
			+ "|ten|eleven|twelve|\\w+teen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|dozens?|hundreds?"
			+ "|thousands?|millions?|billions?)\\b");

	private CountFinder() {
	}

	/** A count found: what it says and where it lies in the sentence. */
	record Count(String text, BigDecimal value, String noun, boolean vague, int start, int end) {
	}

	static List<Count> ordinals(String text, List<TaggedToken> tokens) {
		List<Count> found = new ArrayList<>();
		if (!ORDINAL_CUE.matcher(text).find()) {
			return found;
		}
		Matcher m = ORDINAL.matcher(text);
		while (m.find()) {
			CountedNoun.Head head = CountedNoun.after(tokens, m.end(), false, true);
			if (head != null) {
				found.add(new Count(text.substring(m.start(1), head.end()), Numbers.value(m.group(1)), head.noun(), false,
						m.start(1), head.end()));
			}
		}
		return found;
	}

	static List<Count> cardinals(String text, List<TaggedToken> tokens) {
		List<Count> found = new ArrayList<>();
		if (!DIGIT.matcher(text).find() && !NUMBER_WORD_CUE.matcher(text.toLowerCase(java.util.Locale.ROOT)).find()) {
			return found;
		}
		Matcher m = CARDINAL.matcher(text);
		while (m.find()) {
			if (partOfADate(text, m)) {
				continue;
			}
			BigDecimal value = Numbers.scaled(Numbers.value(m.group(1)), m.group(2));
			Matcher partitive = PARTITIVE.matcher(text.substring(m.end()));
			boolean of = partitive.find();
			int from = of ? m.end() + partitive.end() : m.end() + (text.startsWith(" of ", m.end()) ? 4 : 0);
			boolean one = value != null && value.compareTo(BigDecimal.ONE) == 0;
			CountedNoun.Head head = one && of ? null : CountedNoun.after(tokens, from, !one, false);
			if (head != null && value != null) {
				found.add(new Count(text.substring(m.start(), head.end()), value, head.noun(), Numbers.isVague(m.group(1)),
						m.start(), head.end()));
			}
		}
		return found;
	}

	/** A day after its month ("Sept. 11 attacks") or a date in figures ("9/11 victims"). */
	private static final Pattern DAY_AFTER_MONTH = Pattern.compile("\\b" + CalendarNames.MONTHS + "\\s+$");

	private static final Pattern YEAR = Pattern.compile(CalendarNames.YEAR);

	/** A day of a month ("the Sept. 11 attacks", "9/11 families") or a year ("the 2018 elections"), not a count. */
	private static boolean partOfADate(String text, Matcher cardinal) {
		int start = cardinal.start(1);
		String before = text.substring(Math.max(0, start - 12), start);
		String number = cardinal.group(1);
		boolean day = number.matches("\\d{1,2}") && Integer.parseInt(number) <= 31;
		return day && (DAY_AFTER_MONTH.matcher(before).find() || before.matches("(?s).*\\d/$"))
				|| cardinal.group(2) == null && YEAR.matcher(number).matches();
	}

	static List<Count> compounds(String text) {
		List<Count> found = new ArrayList<>();
		if (text.indexOf('-') < 0) {
			return found;
		}
		Matcher m = COMPOUND.matcher(text);
		while (m.find()) {
			BigDecimal value = Numbers.value(m.group(1));
			if (value != null && !CountedNoun.TIME_UNITS.contains(m.group(3).toLowerCase())) {
				value = m.group(2) != null ? value.add(new BigDecimal("0.5")) : value;
				found.add(new Count(m.group(), value, m.group(3).toLowerCase(), false, m.start(), m.end()));
			}
		}
		return found;
	}

	static List<Count> ages(String text) {
		List<Count> found = new ArrayList<>();
		if (!DIGIT.matcher(text).find()) {
			return found;
		}
		Matcher m = AGE.matcher(text);
		while (m.find()) {
			int group = m.group(1) != null ? 1 : m.group(2) != null ? 2 : m.group(3) != null ? 3 : 4;
			BigDecimal age = new BigDecimal(m.group(group));
			if (age.intValue() > 0 && age.intValue() < 120) {
				int end = group == 2 ? m.end(2) + 1 : group == 4 ? m.end() : m.end(group);
				// "in his 70s" is a span of ages, which "77" falls in: too vague to contradict an exact age
				found.add(new Count(text.substring(m.start(group), end), age, AGE_UNIT, group == 2, m.start(group), end));
			}
		}
		return found;
	}

	/**
	 * A vote's tally ("by a vote of 134 to 63", "passed 234-193", "a 97-1 vote"): a count of votes for each side,
	 * the larger first, in a sentence about a vote or a ruling ("in a 5-4 decision"). Ranges go the other way ("18 to
	 * 24 months", "No. 10-277") or name a unit after them; a change goes "from 15 to 9"; a margin is a ratio.
	 */
	private static final Pattern TALLY = Pattern.compile("(?<!\\bfrom\\s)(?<!\\bbetween\\s)\\b(\\d{1,3})"
			+ "\\s*(?:-|–|\\s+to\\s+)(\\d{1,3})\\b(?![-–.,]?\\d|\\s*(?:%|percent)"
			+ "|\\s+(?:margin|ratio|months?|years?|weeks?|days?|hours?|minutes?|points?|miles?|times)\\b)");

	/** A sentence about a vote or a ruling; not "won", which also reports a game's score. */
	private static final Pattern VOTE = Pattern.compile("(?i)\\b(?:vot(?:e|es|ed|ing)|tally|ballots?|passed|approved"
			+ "|confirmed|rejected|defeated|ruled|decision)\\b");

	static final String VOTES = "votes";

	static List<Count> tallies(String text) {
		List<Count> found = new ArrayList<>();
		if (!DIGIT.matcher(text).find() || !VOTE.matcher(text).find()) {
			return found;
		}
		Matcher m = TALLY.matcher(text);
		while (m.find()) {
			BigDecimal yes = new BigDecimal(m.group(1));
			BigDecimal no = new BigDecimal(m.group(2));
			if (yes.compareTo(no) >= 0) {
				found.add(new Count(m.group(1), yes, VOTES, false, m.start(1), m.end(1)));
				found.add(new Count(m.group(2), no, VOTES, false, m.start(2), m.end(2)));
			}
		}
		return found;
	}

	/** "about 5 million", "500,000": a large figure whose counted noun the sentence gave before it. */
	static List<Count> largeFigures(String text) {
		List<Count> found = new ArrayList<>();
		if (!DIGIT.matcher(text).find()) {
			return found;
		}
		Matcher m = LARGE.matcher(text);
		while (m.find()) {
			String[] parts = m.group(1).split("\\s+");
			BigDecimal value = Numbers.scaled(Numbers.value(parts[0]), parts.length > 1 ? parts[1] : null);
			found.add(new Count(m.group().strip(), value, null, false, m.start(), m.end()));
		}
		return found;
	}

}
