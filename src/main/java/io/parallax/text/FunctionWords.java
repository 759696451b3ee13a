package io.parallax.text;

import java.util.Set;

/**
 * English function words (articles, pronouns, prepositions, auxiliaries, "said"): the words that carry no content of
 * their own, left out wherever sentences are compared by the words they share.
 */
public final class FunctionWords {

	private static final Set<String> WORDS = Set.of("a", "an", "the", "and", "or", "but", "of", "to", "in", "on",
			"at", "for", "with", "by", "from", "as", "that", "this", "these", "those", "is", "are", "was", "were", "be",
			"been", "being", "has", "have", "had", "it", "its", "he", "she", "they", "his", "her", "their", "we", "i",
			"you", "which", "who", "whom", "what", "said", "says", "also", "would", "will", "could", "can", "may", "might",
			"there", "than", "then", "into", "about", "after", "before", "over", "while", "such", "both", "all", "any",
			"more", "most", "some", "so", "if", "not", "no", "s", "t", "do", "did", "does", "up", "out", "other");

	private FunctionWords() {
	}

	/** @param word a lower-case word */
	public static boolean contains(String word) {
		return WORDS.contains(word);
	}

}
