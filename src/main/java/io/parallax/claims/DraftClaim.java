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
			representative = mostCentral(Set.of());
		}
		return representative;
	}

	/**
	 * Shows the claim by its clearest member that does not already show another claim (by sentence), if it has one:
	 * a sentence that states two shared facts is a member of both claims, and two claims that read the same look
	 * like one claim listed twice.
	 */
	void representedOtherThan(Set<Long> shownSentences) {
		if (shownSentences.contains(representative().id())
				&& sentences.stream().anyMatch(s -> !shownSentences.contains(s.id()))) {
			representative = mostCentral(shownSentences);
			members.clear();
		}
	}

	private ClaimSentence mostCentral(Set<Long> passedOver) {
		List<ClaimSentence> sample = sentences.subList(0, Math.min(sentences.size(), CENTRALITY_SAMPLE));
		return sample.stream()
			.filter(s -> !passedOver.contains(s.id()))
			.max(Comparator.comparingDouble((ClaimSentence s) -> meanSimilarity(s, sample))
				.thenComparing(s -> -s.text().length()))
			.orElseGet(() -> sentences.stream().filter(s -> !passedOver.contains(s.id())).findFirst()
				.orElse(sentences.get(0)));
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
