package io.parallax.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * Blocks the comparison: a sentence is compared only with the sentences of other articles that share at least two
 * of its rarer content words, the best few of them. Words that most sentences of the story use tell nothing and are
 * passed over; so a story of a thousand articles costs thousands of comparisons per article, not millions.
 */
final class CandidatePairs {

	private static final int MIN_SHARED_WORDS = 2;

	private static final int MAX_CANDIDATES = 40;

	private static final double COMMON_WORD_SHARE = 0.02;

	private static final int MIN_COMMON_WORD_POSTINGS = 100;

	private static final int BLOCK = 512;

	private CandidatePairs() {
	}

	record Pair(int a, int b) {
	}

	/** The pairs sentence by sentence, each sentence's best first: most shared words, then the order they were met. */
	static List<Pair> of(List<ClaimSentence> sentences) {
		int n = sentences.size();
		Map<String, Integer> ids = new HashMap<>();
		int[][] words = wordIds(sentences, ids);
		int[][] postings = postings(words, ids.size());
		long[] articles = new long[n];
		for (int i = 0; i < n; i++) {
			articles[i] = sentences.get(i).articleId();
		}
		int tooCommon = Math.max(MIN_COMMON_WORD_POSTINGS, (int) (n * COMMON_WORD_SHARE));
		// This runs for every sentence of the story, on all cores, a block of sentences at a time: each block counts
		// shared words in arrays of its own, and each sentence's pairs keep their place in the result.
		Pair[][] found = new Pair[n][];
		IntStream.range(0, (n + BLOCK - 1) / BLOCK).parallel().forEach(block -> {
			Counts counts = new Counts(n);
			for (int i = block * BLOCK; i < Math.min(n, (block + 1) * BLOCK); i++) {
				found[i] = candidatesOf(i, words, postings, articles, tooCommon, counts);
			}
		});
		List<Pair> pairs = new ArrayList<>();
		for (Pair[] ofSentence : found) {
			pairs.addAll(Arrays.asList(ofSentence));
		}
		return pairs;
	}

	/** A worker's counts of shared words per other sentence, and the sentences it touched, in the order met. */
	private static final class Counts {

		final int[] shared;

		final int[] touched;

		Counts(int n) {
			shared = new int[n];
			touched = new int[n];
		}

	}

	private static Pair[] candidatesOf(int i, int[][] words, int[][] postings, long[] articles, int tooCommon,
			Counts counts) {
		int touched = 0;
		for (int word : words[i]) {
			int[] list = postings[word];
			if (list.length > tooCommon) {
				continue;
			}
			for (int j : list) {
				if (j > i && articles[j] != articles[i] && counts.shared[j]++ == 0) {
					counts.touched[touched++] = j;
				}
			}
		}
		// most shared words first, ties in the order met: shared count and order packed in one sortable number
		long[] ranked = new long[touched];
		int kept = 0;
		for (int t = 0; t < touched; t++) {
			int j = counts.touched[t];
			if (counts.shared[j] >= MIN_SHARED_WORDS) {
				ranked[kept++] = ((long) (Integer.MAX_VALUE - counts.shared[j]) << 32) | t;
			}
		}
		Arrays.sort(ranked, 0, kept);
		Pair[] pairs = new Pair[Math.min(kept, MAX_CANDIDATES)];
		for (int k = 0; k < pairs.length; k++) {
			pairs[k] = new Pair(i, counts.touched[(int) ranked[k]]);
		}
		for (int t = 0; t < touched; t++) {
			counts.shared[counts.touched[t]] = 0;
		}
		return pairs;
	}

	/** Each sentence's words as numbers, in the order of its word set, so that postings are arrays of ints. */
	private static int[][] wordIds(List<ClaimSentence> sentences, Map<String, Integer> ids) {
		int[][] words = new int[sentences.size()][];
		for (int i = 0; i < words.length; i++) {
			words[i] = sentences.get(i).words().stream().mapToInt(w -> ids.computeIfAbsent(w, k -> ids.size())).toArray();
		}
		return words;
	}

	/** For each word, the sentences that use it, in order. */
	private static int[][] postings(int[][] words, int vocabulary) {
		int[] sizes = new int[vocabulary];
		for (int[] sentence : words) {
			for (int word : sentence) {
				sizes[word]++;
			}
		}
		int[][] postings = new int[vocabulary][];
		for (int w = 0; w < vocabulary; w++) {
			postings[w] = new int[sizes[w]];
		}
		int[] filled = new int[vocabulary];
		for (int i = 0; i < words.length; i++) {
			for (int word : words[i]) {
				postings[word][filled[word]++] = i;
			}
		}
		return postings;
	}

}
