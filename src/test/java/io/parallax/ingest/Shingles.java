package io.parallax.ingest;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Precision and recall of extracted text against the expected text over word 4-gram shingles, the measure the
 * public article-extraction benchmarks use: order-aware, forgiving of white space and punctuation.
 */
record Shingles(double precision, double recall) {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+");

	private static final int N = 4;

	static Shingles of(String extracted, String expected) {
		Set<String> got = shingles(extracted);
		Set<String> want = shingles(expected);
		Set<String> both = new HashSet<>(got);
		both.retainAll(want);
		double precision = got.isEmpty() ? (want.isEmpty() ? 1 : 0) : both.size() / (double) got.size();
		double recall = want.isEmpty() ? 1 : both.size() / (double) want.size();
		return new Shingles(precision, recall);
	}

	double f1() {
		return precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
	}

	private static Set<String> shingles(String text) {
		List<String> words = WORD.matcher(text.toLowerCase(Locale.ROOT)).results().map(java.util.regex.MatchResult::group).toList();
		Set<String> shingles = new HashSet<>();
		for (int i = 0; i + N <= words.size(); i++) {
			shingles.add(String.join(" ", words.subList(i, i + N)));
		}
		if (words.size() < N && !words.isEmpty()) {
			shingles.add(String.join(" ", words));
		}
		return shingles;
	}

}
