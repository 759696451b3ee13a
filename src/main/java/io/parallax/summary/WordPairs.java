package io.parallax.summary;

import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.parallax.text.FunctionWords;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * The word pairs of a sentence, the units a summary covers (the "concepts" of Gillick and Favre, 2009): two words in
 * a row, neither a function word, each reduced to its stem, so that "pulled troops" and "pulling troops" are one
 * pair. A pair says who or what ("Defense Secretary", "pipe bombs", "step aside") where a single word does not.
 */
final class WordPairs {

	private static final Pattern BETWEEN_WORDS = Pattern.compile("[^\\p{L}\\p{N}]+");

	private WordPairs() {
	}

	static Set<String> of(String sentence) {
		// The stemmer keeps state between calls: one per sentence keeps this safe to call from any thread.
		PorterStemmer stemmer = new PorterStemmer();
		String[] words = BETWEEN_WORDS.split(sentence.toLowerCase(Locale.ROOT));
		Set<String> pairs = new HashSet<>();
		for (int i = 0; i + 1 < words.length; i++) {
			if (isContent(words[i]) && isContent(words[i + 1])) {
				pairs.add(stemmer.stem(words[i]) + " " + stemmer.stem(words[i + 1]));
			}
		}
		return pairs;
	}

	private static boolean isContent(String word) {
		return !word.isEmpty() && !FunctionWords.contains(word);
	}

}
