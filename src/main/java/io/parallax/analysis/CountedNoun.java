package io.parallax.analysis;

import java.util.List;
import java.util.Locale;
import java.util.Set;

import io.parallax.text.TaggedToken;

/**
 * Finds what a number counts: the head noun of the noun phrase after it ("three senior Trump campaign officials"
 * counts officials, "1.3 million active-duty troops" troops, "the fifth trip" trip), read from the part-of-speech
 * tags. Units of measure ("10 miles", "215 pounds") and of time are not counted nouns.
 */
final class CountedNoun {

	/** The counted noun and where the noun phrase ends in the sentence. */
	record Head(String noun, int end) {
	}

	private static final int MAX_PHRASE_TOKENS = 6;

	/** Units of measure: what they measure is no count of things. */
	static final Set<String> MEASURES = Set.of("mile", "miles", "inch", "inches", "foot", "feet", "yard",
			"yards", "pound", "pounds", "ounce", "ounces", "ton", "tons", "tonne", "tonnes", "kilogram", "kilograms", "kg",
			"gram", "grams", "meter", "meters", "metre", "metres", "kilometer", "kilometers", "kilometre", "kilometres",
			"km", "acre", "acres", "hectare", "hectares", "gallon", "gallons", "liter", "liters", "litre", "litres",
			"degree", "degrees", "percent", "point", "points", "am", "pm", "a.m.", "p.m.", "mph");

	static final Set<String> TIME_UNITS = Set.of("second", "seconds", "minute", "minutes", "hour", "hours", "day", "days",
			"week", "weeks", "month", "months", "year", "years", "decade", "decades", "semester", "semesters", "century",
			"centuries");

	private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "men", "women", "children", "police",
			"personnel", "staff", "cattle", "teeth", "mice", "geese", "media", "data", "criteria", "fish", "sheep",
			"deer", "aircraft", "troops", "crew", "clergy");

	private CountedNoun() {
	}

	/**
	 * The counted noun of the phrase starting at a sentence offset, or null when no noun phrase follows.
	 *
	 * @param plural whether the noun must be a plural ("four trips"); "one count" and ordinals take a singular
	 * @param ordinal whether an ordinal counts: "the fourth year" counts years, where "four years" is a duration
	 */
	static Head after(List<TaggedToken> tokens, int offset, boolean plural, boolean ordinal) {
		int i = 0;
		while (i < tokens.size() && tokens.get(i).start() < offset) {
			i++;
		}
		int head = -1;
		for (int n = 0; i < tokens.size() && n < MAX_PHRASE_TOKENS; i++, n++) {
			TaggedToken token = tokens.get(i);
			if (token.tag().equals("NOUN") || token.tag().equals("PROPN") && token.text().endsWith("s")) {
				head = i;
			}
			else if (!modifier(tokens, i)) {
				break;
			}
		}
		if (head < 0) {
			return null;
		}
		String noun = tokens.get(head).text();
		String lower = noun.toLowerCase(Locale.ROOT);
		if (MEASURES.contains(lower) || !ordinal && TIME_UNITS.contains(lower) || plural && !isPlural(lower)) {
			return null;
		}
		return new Head(tokens.get(head).isProperNoun() ? noun : lower, tokens.get(head).end());
	}

	/**
	 * Words inside a noun phrase before its head: adjectives, names, "hacked", "partially", the hyphen of
	 * "active-duty".
	 */
	private static boolean modifier(List<TaggedToken> tokens, int i) {
		TaggedToken token = tokens.get(i);
		return switch (token.tag()) {
			case "ADJ", "PROPN" -> true;
			case "VERB" -> token.text().endsWith("ed");
			case "ADV" -> token.text().endsWith("ly") && i + 1 < tokens.size() && tokens.get(i + 1).tag().matches("ADJ|VERB");
			case "PUNCT" -> token.text().startsWith("-") && i > 0 && tokens.get(i - 1).end() == token.start();
			default -> false;
		};
	}

	static boolean isPlural(String noun) {
		return noun.endsWith("s") && !noun.endsWith("ss") || IRREGULAR_PLURALS.contains(noun);
	}

}
