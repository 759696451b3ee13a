package io.parallax.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rough clause structure of an English news sentence, enough to find who says what.
 */
final class Clauses {

	private static final Pattern OPENING_PHRASE = Pattern.compile(
			"^(?:(?:At|In|On|During|After|Before|Following|Speaking|Asked|Despite|Since|Last|Earlier|Later|"
					+ "Meanwhile|Nonetheless|However|Still|Yet|As|Amid|Under|With|Without|For|From|By|Over)\\b[^,]{0,120},\\s*)");

	private static final Pattern ROLE_WORDS = Pattern.compile("['’]?s?[\\s,]*(?:[\\p{L}.'’-]+[\\s,]+){0,5}");

	private Clauses() {
	}

	static int mainClauseStart(String sentence) {
		Matcher matcher = OPENING_PHRASE.matcher(sentence);
		return matcher.find() ? matcher.end() : 0;
	}

	static boolean onlyRoleWordsBetween(String sentence, int from, int to) {
		if (from > to) {
			return false;
		}
		String between = sentence.substring(from, to);
		return ROLE_WORDS.matcher(between).matches()
				&& Lexicon.ROLE_NOUNS.stream().anyMatch(between.toLowerCase()::contains);
	}

}
