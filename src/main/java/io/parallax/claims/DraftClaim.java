package io.parallax.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A claim as the clustering builds it: the sentences that state it, one or more per article.
 */
final class DraftClaim {

	record Member(ClaimSentence sentence, double similarity) {
	}

	// Enough others to find the most central member of a large claim without comparing every pair.
	private static final int CENTRALITY_SAMPLE = 25;

	private final List<ClaimSentence> sentences = new ArrayList<>();

	private final Set<Long> articles = new LinkedHashSet<>();

	private final List<Member> members = new ArrayList<>();

	private ClaimSentence representative;

	private final SentenceSimilarity similarity;

	DraftClaim(SentenceSimilarity similarity) {
		this.similarity = similarity;
	}

	void add(ClaimSentence sentence) {
		sentences.add(sentence);
		articles.add(sentence.articleId());
		representative = null;
		members.clear();
	}

	List<ClaimSentence> sentences() {
		return sentences;
	}

	Set<Long> articles() {
		return articles;
	}

	/** The clearest statement: the member closest to the others (for one member, itself). */
	ClaimSentence representative() {
		if (representative == null) {
			List<ClaimSentence> sample = sentences.subList(0, Math.min(sentences.size(), CENTRALITY_SAMPLE));
			representative = sample.stream()
				.max(Comparator.comparingDouble((ClaimSentence s) -> meanSimilarity(s, sample))
					.thenComparing(s -> -s.text().length()))
				.orElseThrow();
		}
		return representative;
	}

	List<Member> members() {
		if (members.isEmpty()) {
			ClaimSentence representative = representative();
			sentences.forEach(s -> members.add(new Member(s,
					s == representative ? 1.0 : similarity.of(representative, s))));
		}
		return members;
	}

	private double meanSimilarity(ClaimSentence sentence, List<ClaimSentence> others) {
		return others.stream().filter(s -> s != sentence).mapToDouble(s -> similarity.of(sentence, s))
			.average().orElse(1.0);
	}

}
