package io.parallax.claims;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How much each content word of a story tells: its inverse document frequency over the story's sentences. A word
 * every article repeats ("Trump", "said") tells little about which fact a sentence states; a rare one ("Shelton",
 * "thrombosis", "fifth") tells a lot.
 */
final class StoryWords {

	private final Map<String, Double> weights = new HashMap<>();

	StoryWords(List<ClaimSentence> sentences) {
		Map<String, Integer> frequency = new HashMap<>();
		sentences.forEach(s -> s.words().forEach(w -> frequency.merge(w, 1, Integer::sum)));
		double n = Math.max(2, sentences.size());
		frequency.forEach((word, count) -> weights.put(word, Math.log(n / count)));
	}

	double weight(String word) {
		return weights.getOrDefault(word, 0.0);
	}

	/** The weighted Dice coefficient of two sets of words: the share of what they say that they say in common. */
	double overlap(Set<String> a, Set<String> b) {
		double shared = 0;
		double total = 0;
		for (String word : a) {
			double weight = weight(word);
			total += weight;
			if (b.contains(word)) {
				shared += 2 * weight;
			}
		}
		for (String word : b) {
			total += weight(word);
		}
		return total == 0 ? 0 : shared / total;
	}

}
