package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import opennlp.tools.stemmer.PorterStemmer;

/**
 * ROUGE F-measures (Lin, 2004) as summarisation benchmarks report them: ROUGE-N, the overlap of word n-grams
 * between a summary and a reference with counts clipped, and ROUGE-L, from their longest common subsequence of
 * words. Words are lower-cased and Porter-stemmed; stop words are kept, as ROUGE does by default.
 */
final class Rouge {

	private Rouge() {
	}

	record Scores(double rouge1, double rouge2, double rougeL) {
	}

	static Scores all(String summary, String reference) {
		return new Scores(f1(summary, reference, 1), f1(summary, reference, 2), longestCommonSubsequenceF1(summary, reference));
	}

	static double f1(String summary, String reference, int n) {
		Map<String, Integer> system = grams(words(summary), n);
		Map<String, Integer> wanted = grams(words(reference), n);
		int overlap = 0;
		for (Map.Entry<String, Integer> gram : system.entrySet()) {
			overlap += Math.min(gram.getValue(), wanted.getOrDefault(gram.getKey(), 0));
		}
		int systemTotal = system.values().stream().mapToInt(Integer::intValue).sum();
		int wantedTotal = wanted.values().stream().mapToInt(Integer::intValue).sum();
		return f(overlap, systemTotal, wantedTotal);
	}

	static double longestCommonSubsequenceF1(String summary, String reference) {
		List<String> a = words(summary);
		List<String> b = words(reference);
		int[][] lcs = new int[a.size() + 1][b.size() + 1];
		for (int i = 1; i <= a.size(); i++) {
			for (int j = 1; j <= b.size(); j++) {
				lcs[i][j] = a.get(i - 1).equals(b.get(j - 1)) ? lcs[i - 1][j - 1] + 1 : Math.max(lcs[i - 1][j], lcs[i][j - 1]);
			}
		}
		return f(lcs[a.size()][b.size()], a.size(), b.size());
	}

	private static double f(int overlap, int systemTotal, int wantedTotal) {
		if (overlap == 0 || systemTotal == 0 || wantedTotal == 0) {
			return 0;
		}
		double precision = (double) overlap / systemTotal;
		double recall = (double) overlap / wantedTotal;
		return 2 * precision * recall / (precision + recall);
	}

	static List<String> words(String text) {
		PorterStemmer stemmer = new PorterStemmer();
		List<String> words = new ArrayList<>();
		for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty()) {
				words.add(stemmer.stem(word));
			}
		}
		return words;
	}

	private static Map<String, Integer> grams(List<String> words, int n) {
		Map<String, Integer> grams = new HashMap<>();
		for (int i = 0; i + n <= words.size(); i++) {
			grams.merge(String.join(" ", words.subList(i, i + n)), 1, Integer::sum);
		}
		return grams;
	}

	/** The first words of a text, up to a budget, so that every system is scored at the same length. */
	static String cut(List<String> sentences, int words) {
		StringBuilder text = new StringBuilder();
		int count = 0;
		for (String sentence : sentences) {
			for (String word : sentence.split("\\s+")) {
				if (count == words) {
					return text.toString().strip();
				}
				if (!word.isEmpty()) {
					text.append(word).append(' ');
					count++;
				}
			}
		}
		return text.toString().strip();
	}

}
