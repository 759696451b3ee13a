package io.parallax.summary;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A story's sentences as the summariser reads them, worked out once per story: the word pairs of each, how many of
 * the articles use each pair, and the sentences that stand alone, the candidates for its summaries. A pair is shared
 * when at least two articles use it (in a story of one article, every pair counts).
 */
final class StoryWording {

	private static final int SHARED = 2;

	/** A sentence that may be picked, with its word pairs. */
	record Candidate(SummarySentence sentence, Set<String> pairs) {
	}

	private final Map<String, Integer> articlesByPair = new HashMap<>();

	private final List<Candidate> candidates = new ArrayList<>();

	private final int sharedFrom;

	private StoryWording(List<SummarySentence> sentences) {
		WordPairs wordPairs = new WordPairs();
		Map<String, Set<Long>> articles = new HashMap<>();
		for (SummarySentence sentence : sentences) {
			Set<String> pairs = wordPairs.of(sentence.text());
			pairs.forEach(pair -> articles.computeIfAbsent(pair, k -> new HashSet<>()).add(sentence.articleId()));
			if (StandaloneSentence.test(sentence.text())) {
				candidates.add(new Candidate(sentence, pairs));
			}
		}
		articles.forEach((pair, ids) -> articlesByPair.put(pair, ids.size()));
		long articleCount = sentences.stream().map(SummarySentence::articleId).distinct().count();
		this.sharedFrom = (int) Math.min(SHARED, Math.max(1, articleCount));
	}

	static StoryWording of(List<SummarySentence> sentences) {
		return new StoryWording(sentences);
	}

	/** The sentences that stand alone, in the order given. */
	List<Candidate> candidates() {
		return candidates;
	}

	/**
	 * What a sentence's pairs add to those already covered: first the shared pairs, each worth the number of
	 * articles that use it; then, to choose among sentences that add no shared pair, every new pair.
	 */
	Gain gain(Candidate candidate, Set<String> covered) {
		int shared = 0;
		int all = 0;
		for (String pair : candidate.pairs()) {
			if (!covered.contains(pair)) {
				int articles = articlesByPair.get(pair);
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
