package io.parallax.summary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.parallax.text.FunctionWords;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The word pairs of sentences, the units a summary covers (the "concepts" of Gillick and Favre, 2009): two words in
 * a row, neither a function word, each reduced to its stem, so that "pulled troops" and "pulling troops" are one
 * pair. A pair says who or what ("Defense Secretary", "pipe bombs", "step aside") where a single word does not.
 * Not thread-safe: one per story, as the stemmer keeps state and the stems of words already seen are remembered.
 */
final class WordPairs {

	private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private final PorterStemmer stemmer = new PorterStemmer();

	private final Map<String, String> stems = new HashMap<>();

	Set<String> of(String sentence) {
		String[] words = BETWEEN_WORDS.split(sentence.toLowerCase(Locale.ROOT));
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < words.length; i++) {
			if (isContent(words[i]) && isContent(words[i + 1])) {
				pairs.add(stem(words[i]) + " " + stem(words[i + 1]));
			}
		}
		return pairs;
	}

	private String stem(String word) {
		return stems.computeIfAbsent(word, stemmer::stem);
	}

	private static boolean isContent(String word) {
		return !word.isEmpty() && !FunctionWords.contains(word);
	}

}
