package io.parallax.text;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Reads numbers written in digits or words, as news styles write them: "200", "1,500", "2.4", "four",
 * "twenty-six", "a dozen", "a half-dozen", "fifth", "21st"; and vague amounts ("hundreds", "tens of thousands"),
 * which are worth their order of magnitude. The one place that knows number words.
 */
public final class Numbers {

	private static final String UNITS = "one|two|three|four|five|six|seven|eight|nine";

	private static final String TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety";

	/** A number in digits, with thousands separators and decimals: "1,500", "2.4", "2000". */
	public static final String DIGITS = "\\d{1,3}(?:,\\d{3})+(?:\\.\\d+)?|\\d+(?:\\.\\d+)?";

	/** A cardinal in words, longest forms first: "twenty-six", "a half-dozen", "eleven". */
	public static final String WORDS = "(?:" + TENS + ")(?:[-\\s](?:" + UNITS + "))?|(?:a\\s+)?half[-\\s]dozen|a\\s+dozen"
			+ "|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + UNITS;

	/** Amounts given only by their order: "dozens", "hundreds of thousands". */
	public static final String VAGUE = "(?:tens|hundreds)\\s+of\\s+(?:thousands|millions|billions)|dozens|hundreds"
			+ "|thousands|millions|billions|several\\s+(?:hundred|thousand|million|billion)";

	/** Ordinal numbers: "first" … "twelfth", "21st". */
	public static final String ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
			+ "|twelfth|\\d+(?:st|nd|rd|th)";

	/** Scale words after a number: "1.5 million", "$2bn". */
	public static final String SCALES = "thousand|million|billion|trillion|bn|mn|m|k";

	private static final Map<String, Integer> VALUES = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
			Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
			Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
			Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("dozen", 12), Map.entry("half-dozen", 6),
			Map.entry("first", 1), Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4),
			Map.entry("fifth", 5), Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8),
			Map.entry("ninth", 9), Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));

	private static final Map<String, BigDecimal> SCALE_VALUES = Map.of("thousand", BigDecimal.valueOf(1_000), "k",
			BigDecimal.valueOf(1_000), "million", BigDecimal.valueOf(1_000_000), "m", BigDecimal.valueOf(1_000_000),
			"mn", BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000), "bn",
			BigDecimal.valueOf(1_000_000_000), "trillion", BigDecimal.valueOf(1_000_000_000_000L), "hundred",
			BigDecimal.valueOf(100), "dozen", BigDecimal.valueOf(12));

	private static final Pattern ONE_WORD_CARDINAL = Pattern.compile("(?:" + TENS + "|ten|eleven|twelve|thirteen"
			+ "|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|" + UNITS + ")");

	private Numbers() {
	}

	/**
	 * A lower-case word in digits if it is a cardinal written in one word ("two" is "2", "forty" is "40"), else the
	 * word: "two-in-three" and "2 in 3" are one quotation.
	 */
	public static String inDigits(String word) {
		return ONE_WORD_CARDINAL.matcher(word).matches() ? value(word).toPlainString() : word;
	}

	/** The value of a number in digits or words, or null for what is no number ("several", "a few"). */
	public static BigDecimal value(String text) {
		String clean = text.toLowerCase(Locale.ROOT).replace(",", "").replaceAll("\\s+", " ").strip();
		if (clean.matches("\\d+(\\.\\d+)?")) {
			return new BigDecimal(clean);
		}
		if (clean.matches("\\d+(st|nd|rd|th)")) {
			return new BigDecimal(clean.replaceAll("\\D", ""));
		}
		if (clean.matches("(a )?half[- ]dozen")) {
			return BigDecimal.valueOf(6);
		}
		if (clean.matches("(" + TENS + ")[- ](" + UNITS + ")")) {
			String[] parts = clean.split("[- ]");
			return BigDecimal.valueOf(VALUES.get(parts[0]) + VALUES.get(parts[1]));
		}
		Integer value = VALUES.get(clean.replaceFirst("^a ", ""));
		return value != null ? BigDecimal.valueOf(value) : vague(clean);
	}

	/** A vague amount's order of magnitude: "hundreds" 100, "tens of thousands" 10,000, "several hundred" 100. */
	private static BigDecimal vague(String clean) {
		if (!clean.matches(VAGUE)) {
			return null;
		}
		BigDecimal value = BigDecimal.ONE;
		for (String word : clean.split(" ")) {
			String singular = word.replaceFirst("s$", "");
			BigDecimal scale = singular.equals("ten") ? BigDecimal.TEN : SCALE_VALUES.get(singular);
			value = scale == null ? value : value.multiply(scale);
		}
		return value;
	}

	/** Whether a number is only an order of magnitude ("thousands of"), which no exact figure contradicts. */
	public static boolean isVague(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip().matches(VAGUE);
	}

	/** A value times its scale word: 1.5 and "million" make 1,500,000. */
	public static BigDecimal scaled(BigDecimal value, String scale) {
		if (value == null || scale == null) {
			return value;
		}
		BigDecimal factor = SCALE_VALUES.get(scale.toLowerCase(Locale.ROOT));
		return factor == null ? value : value.multiply(factor).stripTrailingZeros();
	}

}
