package io.parallax.analysis;

import java.math.BigDecimal;
import java.util.Map;

/**
 * Reads numbers written in digits or words: "200", "1,500", "2.4", "four", "twenty", "a", "half", "fifth".
 */
final class Numbers {

	static final String WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen"
			+ "|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
			+ "|hundred|a dozen|dozens|hundreds|thousands|millions|tens of thousands|a couple of|a few|several";

	static final String ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh"
			+ "|twelfth|\\d+(?:st|nd|rd|th)";

	private static final Map<String, Integer> VALUES = Map.ofEntries(Map.entry("a", 1), Map.entry("an", 1),
			Map.entry("one", 1), Map.entry("two", 2), Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5),
			Map.entry("six", 6), Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
			Map.entry("eleven", 11), Map.entry("twelve", 12), Map.entry("thirteen", 13), Map.entry("fourteen", 14),
			Map.entry("fifteen", 15), Map.entry("sixteen", 16), Map.entry("seventeen", 17), Map.entry("eighteen", 18),
			Map.entry("nineteen", 19), Map.entry("twenty", 20), Map.entry("thirty", 30), Map.entry("forty", 40),
			Map.entry("fifty", 50), Map.entry("sixty", 60), Map.entry("seventy", 70), Map.entry("eighty", 80),
			Map.entry("ninety", 90), Map.entry("hundred", 100), Map.entry("a dozen", 12), Map.entry("first", 1),
			Map.entry("second", 2), Map.entry("third", 3), Map.entry("fourth", 4), Map.entry("fifth", 5),
			Map.entry("sixth", 6), Map.entry("seventh", 7), Map.entry("eighth", 8), Map.entry("ninth", 9),
			Map.entry("tenth", 10), Map.entry("eleventh", 11), Map.entry("twelfth", 12));

	private static final Map<String, BigDecimal> SCALES = Map.of("thousand", BigDecimal.valueOf(1_000), "k",
			BigDecimal.valueOf(1_000), "million", BigDecimal.valueOf(1_000_000), "m", BigDecimal.valueOf(1_000_000),
			"mn", BigDecimal.valueOf(1_000_000), "billion", BigDecimal.valueOf(1_000_000_000), "bn",
			BigDecimal.valueOf(1_000_000_000), "trillion", BigDecimal.valueOf(1_000_000_000_000L));

	private Numbers() {
	}

	/** The value of a number, or null for vague amounts ("thousands", "several"). */
	static BigDecimal value(String text) {
		String clean = text.toLowerCase().replace(",", "").strip();
		if (clean.matches("\\d+(\\.\\d+)?")) {
			return new BigDecimal(clean);
		}
		if (clean.matches("\\d+(st|nd|rd|th)")) {
			return new BigDecimal(clean.replaceAll("\\D", ""));
		}
		Integer value = VALUES.get(clean);
		return value == null ? null : BigDecimal.valueOf(value);
	}

	static BigDecimal scaled(BigDecimal value, String scale) {
		if (value == null || scale == null) {
			return value;
		}
		BigDecimal factor = SCALES.get(scale.toLowerCase());
		return factor == null ? value : value.multiply(factor).stripTrailingZeros();
	}

}
