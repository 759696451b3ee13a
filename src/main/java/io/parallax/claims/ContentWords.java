package io.parallax.claims;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.parallax.text.FunctionWords;

/**
 * The content words of a sentence, lightly stemmed, for lexical overlap; and whether the sentence denies what it
 * states ("would not meet"), which embeddings alone cannot tell from "could meet".
 */
final class ContentWords {

	// Only a verb's own negation ("would not meet", "never met", "didn't"): "no major breakthrough" or "declined"
	// state facts of their own that a paraphrase may put otherwise.
	private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|never)\\b|n[’']t\\b");

	private ContentWords() {
	}

	static Set<String> of(String sentence) {
		Set<String> words = new LinkedHashSet<>();
		Arrays.stream(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> w.length() > 1 && !FunctionWords.contains(w))
			.map(ContentWords::stem)
			.forEach(words::add);
		return words;
	}

	static boolean negated(String sentence) {
		return NEGATION.matcher(sentence).find();
	}

	private static String stem(String word) {
		if (word.length() > 5 && word.endsWith("ing")) {
			return word.substring(0, word.length() - 3);
		}
		if (word.length() > 4 && word.endsWith("ed")) {
			return word.substring(0, word.length() - 2);
		}
		if (word.length() > 4 && word.endsWith("ies")) {
			return word.substring(0, word.length() - 3) + "y";
		}
		if (word.length() > 3 && word.endsWith("s") && !word.endsWith("ss")) {
			return word.substring(0, word.length() - 1);
		}
		return word;
	}

	static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String word : a) {
			if (b.contains(word)) {
				common++;
			}
		}
		return (double) common / (a.size() + b.size() - common);
	}

}
