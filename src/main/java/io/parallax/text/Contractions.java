package io.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Words with contractions written out ("we're" as "we are", "gonna" as "going to") and each negation kept with its
 * verb ("won't", "will not" and "will n't" all as the one word "will not"): outlets transcribe one spoken statement
 * with and without contractions, and "we are" against "we're" is the same statement, while a dropped negation
 * ("will" against "won't") is a changed word of substance. Quotes are grouped (QuoteGroups) and their versions
 * compared (QuotedStatements) by these words.
 */
public final class Contractions {

	private static final Set<String> PRONOUNS = Set.of("i", "you", "we", "they", "he", "she", "it", "that", "there",
			"who", "what", "where", "here", "let");

	/** The verbs whose stem changes when "not" is contracted onto them. */
	private static final Map<String, String> NEGATED_STEMS = Map.of("won't", "will", "can't", "can", "cannot", "can",
			"shan't", "shall", "ain't", "is");

	/** Speech as some outlets transcribe it ("we're gonna impeach") and others write it out ("going to"). */
	private static final Map<String, List<String>> SPOKEN = Map.of("gonna", List.of("going", "to"), "wanna",
			List.of("want", "to"), "gotta", List.of("got", "to"), "lemme", List.of("let", "me"), "gimme",
			List.of("give", "me"), "kinda", List.of("kind", "of"), "sorta", List.of("sort", "of"), "outta",
			List.of("out", "of"), "'cause", List.of("because"), "cuz", List.of("because"));

	private static final Pattern NEGATION = Pattern.compile("(\\p{L}+)n't");

	/** A pronoun's contracted auxiliary; "'d" stands for "would" and "had", "'s" for "is" and "has". */
	private static final Pattern PRONOUN_AUXILIARY = Pattern.compile("(\\p{L}+)'(re|ve|ll|m|d|s)");

	private static final Map<String, String> AUXILIARIES = Map.of("re", "are", "ve", "have", "ll", "will", "m", "am",
			"d", "would", "s", "is");

	private static final Set<String> NEGATABLE = Set.of("do", "does", "did", "is", "are", "was", "were", "have", "has",
			"had", "will", "would", "should", "could", "can", "must", "need", "shall", "am", "might", "may");

	private Contractions() {
	}

	/** @param words lower-case words, apostrophes straight */
	public static List<String> writtenOut(List<String> words) {
		List<String> out = new ArrayList<>(words.size() + 4);
		for (String word : words) {
			writeOut(word, out);
		}
		return out;
	}

	private static void writeOut(String word, List<String> out) {
		if (SPOKEN.containsKey(word)) {
			out.addAll(SPOKEN.get(word));
			return;
		}
		if (NEGATED_STEMS.containsKey(word)) {
			out.add(NEGATED_STEMS.get(word));
			negate(out);
			return;
		}
		Matcher negation = NEGATION.matcher(word);
		if (negation.matches()) {
			out.add(negation.group(1));
			negate(out);
			return;
		}
		Matcher auxiliary = PRONOUN_AUXILIARY.matcher(word);
		if (auxiliary.matches() && PRONOUNS.contains(auxiliary.group(1))) {
			out.add(auxiliary.group(1));
			out.add(auxiliary.group(1).equals("let") ? "us" : AUXILIARIES.get(auxiliary.group(2)));
			return;
		}
		if (word.equals("not") && !out.isEmpty() && NEGATABLE.contains(out.get(out.size() - 1))) {
			negate(out);
			return;
		}
		out.add(word);
	}

	/** Joins "not" to the verb just written, as one word. */
	private static void negate(List<String> out) {
		int last = out.size() - 1;
		out.set(last, out.get(last) + " not");
	}

}
