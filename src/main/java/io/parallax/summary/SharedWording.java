package io.parallax.summary;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * What a story's articles say in common: for each word pair, how many of the articles use it. A pair is shared when
 * at least two articles use it (in a story of one article, every pair counts).
 */
final class SharedWording {

	private static final int SHARED = 2;

	private final Map<Long, Set<String>> pairsBySentence = new HashMap<>();

	private final Map<String, Integer> articlesByPair = new HashMap<>();

	private final int sharedFrom;

	private SharedWording(List<SummarySentence> sentences) {
		Map<String, Set<Long>> articles = new HashMap<>();
		for (SummarySentence sentence : sentences) {
			Set<String> pairs = WordPairs.of(sentence.text());
			pairsBySentence.put(sentence.id(), pairs);
			pairs.forEach(pair -> articles.computeIfAbsent(pair, k -> new HashSet<>()).add(sentence.articleId()));
		}
		articles.forEach((pair, ids) -> articlesByPair.put(pair, ids.size()));
		long articleCount = sentences.stream().map(SummarySentence::articleId).distinct().count();
		this.sharedFrom = (int) Math.min(SHARED, Math.max(1, articleCount));
	}

	static SharedWording of(List<SummarySentence> sentences) {
		return new SharedWording(sentences);
	}

	/** The word pairs of one of the story's sentences. */
	Set<String> pairs(SummarySentence sentence) {
		return pairsBySentence.computeIfAbsent(sentence.id(), id -> WordPairs.of(sentence.text()));
	}

	/**
	 * What a sentence's pairs add to those already covered: first the shared pairs, each worth the number of
	 * articles that use it; then, to choose among sentences that add no shared pair, every new pair.
	 */
	Gain gain(Set<String> pairs, Set<String> covered) {
		int shared = 0;
		int all = 0;
		for (String pair : pairs) {
			if (!covered.contains(pair)) {
				int articles = articlesByPair.getOrDefault(pair, 1);
				all += articles;
				shared += articles >= sharedFrom ? articles : 0;
			}
		}
		return new Gain(shared, all);
	}

	record Gain(int shared, int all) implements Comparable<Gain> {

		boolean isNothing() {
			return all == 0;
		}

		@Override
		public int compareTo(Gain other) {
			return shared != other.shared ? Integer.compare(shared, other.shared) : Integer.compare(all, other.all);
		}

	}

}
