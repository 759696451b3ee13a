package io.parallax.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.text.ContentWords;

/**
 * Two articles that share near-identical sentences: rewrites of one source text, or wire copy.
 *
 * @param examples the shared sentences, a's and b's, most alike first
 */
record ArticleOverlap(Long a, Long b, List<ClaimSentence[]> examples) {

	/** Sentences shared from this many on, two articles count as one origin. */
	static final int REWRITE = 3;

	int shared() {
		return examples.size();
	}

	boolean rewrite() {
		return shared() >= REWRITE;
	}

	static List<ArticleOverlap> of(List<ClaimSentence> sentences, List<CandidatePairs.Pair> candidates) {
		Map<List<Long>, List<ClaimSentence[]>> byPair = new HashMap<>();
		for (CandidatePairs.Pair pair : candidates) {
			ClaimSentence x = sentences.get(pair.a());
			ClaimSentence y = sentences.get(pair.b());
			if (SentenceSimilarity.nearIdentical(x, y)) {
				boolean ordered = x.articleId() < y.articleId();
				ClaimSentence first = ordered ? x : y;
				ClaimSentence second = ordered ? y : x;
				byPair.computeIfAbsent(List.of(first.articleId(), second.articleId()), k -> new ArrayList<>())
					.add(new ClaimSentence[] { first, second });
			}
		}
		List<ArticleOverlap> overlaps = new ArrayList<>();
		byPair.forEach((pair, examples) -> {
			// each example's likeness computed once, not at every comparison of the sort
			Map<ClaimSentence[], Double> likeness = new IdentityHashMap<>();
			examples.forEach(e -> likeness.put(e, ContentWords.jaccard(e[0].words(), e[1].words())));
			examples.sort(Comparator.comparingDouble(e -> -likeness.get(e)));
			overlaps.add(new ArticleOverlap(pair.get(0), pair.get(1), examples));
		});
		overlaps.sort(Comparator.comparingInt(ArticleOverlap::shared).reversed()
			.thenComparing(ArticleOverlap::a).thenComparing(ArticleOverlap::b));
		return overlaps;
	}

}
