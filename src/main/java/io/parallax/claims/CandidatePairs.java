package io.parallax.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

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

	private CandidatePairs() {
	}

	record Pair(int a, int b) {
	}

	static List<Pair> of(List<ClaimSentence> sentences) {
		Map<String, List<Integer>> postings = new HashMap<>();
		for (int i = 0; i < sentences.size(); i++) {
			for (String word : sentences.get(i).words()) {
				postings.computeIfAbsent(word, k -> new ArrayList<>()).add(i);
			}
		}
		int tooCommon = Math.max(MIN_COMMON_WORD_POSTINGS, (int) (sentences.size() * COMMON_WORD_SHARE));
		// Shared-word counts per other sentence, in a reused array: this loop runs for every sentence of the story.
		int[] shared = new int[sentences.size()];
		List<Integer> touched = new ArrayList<>();
		List<Pair> pairs = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			Long article = sentences.get(i).articleId();
			for (String word : sentences.get(i).words()) {
				List<Integer> list = postings.get(word);
				if (list.size() > tooCommon) {
					continue;
				}
				for (int j : list) {
					if (j > i && !sentences.get(j).articleId().equals(article)) {
						if (shared[j]++ == 0) {
							touched.add(j);
						}
					}
				}
			}
			int first = i;
			touched.stream()
				.filter(j -> shared[j] >= MIN_SHARED_WORDS)
				.sorted((x, y) -> Integer.compare(shared[y], shared[x]))
				.limit(MAX_CANDIDATES)
				.forEach(j -> pairs.add(new Pair(first, j)));
			touched.forEach(j -> shared[j] = 0);
			touched.clear();
		}
		return pairs;
	}

}
