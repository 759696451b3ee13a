package io.parallax.dates;

import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One shape of date phrase and how to read it; the reader returns null when the match is no date after all ("May"
 * the verb, "2000 votes"). A sentence without any of the rule's cue words (a digit, a month's name, "ago") is not
 * searched: most sentences have none, and the full patterns are costly to try at every word.
 */
record DateRule(List<String> cues, Pattern pattern, BiFunction<Matcher, ReadingContext, Reading> reader) {

	/** The cue that stands for any digit. */
	static final String DIGIT = "0-9";

	/** @param cues lower-case words one of which the sentence must hold, or {@link #DIGIT} */
	static DateRule of(String cues, String regex, BiFunction<Matcher, ReadingContext, Reading> reader) {
		return new DateRule(List.of(cues.toLowerCase(Locale.ROOT).split("\\|")), Pattern.compile(regex), reader);
	}

	/** @param lower the sentence in lower case */
	boolean mayMatch(String lower, boolean hasDigit) {
		for (String cue : cues) {
			if (cue.equals(DIGIT) ? hasDigit : lower.contains(cue)) {
				return true;
			}
		}
		return false;
	}

}
