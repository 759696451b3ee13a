package io.parallax.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * ROUGE-N F-measure (Lin, 2004) with light suffix stemming, as summarisation benchmarks report it: the overlap of
 * word n-grams between a summary and a reference, counts clipped.
 */
final class Rouge {

	private Rouge() {
	}

	static double f1(String summary, String reference, int n) {
		Map<String, Integer> system = grams(summary, n);
		Map<String, Integer> wanted = grams(reference, n);
		int overlap = 0;
		for (Map.Entry<String, Integer> gram : system.entrySet()) {
			overlap += Math.min(gram.getValue(), wanted.getOrDefault(gram.getKey(), 0));
		}
		int systemTotal = system.values().stream().mapToInt(Integer::intValue).sum();
		int wantedTotal = wanted.values().stream().mapToInt(Integer::intValue).sum();
		if (overlap == 0 || systemTotal == 0 || wantedTotal == 0) {
			return 0;
		}
		double precision = (double) overlap / systemTotal;
		double recall = (double) overlap / wantedTotal;
		return 2 * precision * recall / (precision + recall);
	}

	static Map<String, Integer> grams(String text, int n) {
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(stem(word));
			}
		}
		Map<String, Integer> grams = new HashMap<>();
		for (int i = 0; i + n <= words.size(); i++) {
			grams.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
		}
		return grams;
	}

	/** A light Porter-style stemmer: enough to match "meets" with "meeting" and "agreed" with "agree". */
	static String stem(String word) {
		String once = stripSuffix(word);
		return stripSuffix(once);
	}

	private static String stripSuffix(String word) {
		String w = word;
		for (String suffix : new String[] { "ational", "ization", "ingly", "edly", "ness", "ment", "ing", "ies", "ied",
				"ed", "es", "ly", "s" }) {
			if (w.length() > suffix.length() + 2 && w.endsWith(suffix)) {
				w = w.substring(0, w.length() - suffix.length());
				break;
			}
		}
		return w;
	}

}
