package io.parallax.claims;

import java.util.HashSet;
import java.util.Set;

import io.parallax.text.SentenceEmbedder;

/**
 * How likely two sentences of different articles state the same fact: meaning (embeddings), wording (content
 * words) and who is involved (entities), combined. A sentence that denies what the other states is never the same
 * fact, however close their embeddings.
 */
final class SentenceSimilarity {

	static final double SAME_CLAIM = 0.5;

	/** Near-identical sentences: one text rewritten, not two reports of one fact. */
	static final double SAME_TEXT_WORDS = 0.6;

	private static final double MEANING = 0.6;

	private static final double WORDING = 0.25;

	private static final double PEOPLE = 0.15;

	private SentenceSimilarity() {
	}

	static double of(ClaimSentence a, ClaimSentence b) {
		if (a.negated() != b.negated()) {
			return 0;
		}
		double meaning = SentenceEmbedder.cosine(a.vector(), b.vector());
		double wording = ContentWords.jaccard(a.words(), b.words());
		return MEANING * meaning + WORDING * wording + PEOPLE * entityOverlap(a, b);
	}

	static boolean nearIdentical(ClaimSentence a, ClaimSentence b) {
		return ContentWords.jaccard(a.words(), b.words()) >= SAME_TEXT_WORDS;
	}

	private static double entityOverlap(ClaimSentence a, ClaimSentence b) {
		Set<Long> x = a.facts().entityIds();
		Set<Long> y = b.facts().entityIds();
		if (x.isEmpty() && y.isEmpty()) {
			return 0.5;
		}
		Set<Long> common = new HashSet<>(x);
		common.retainAll(y);
		Set<Long> union = new HashSet<>(x);
		union.addAll(y);
		return (double) common.size() / union.size();
	}

}
