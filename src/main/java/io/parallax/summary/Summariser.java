package io.parallax.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.parallax.text.SentenceEmbedder;

/**
 * Picks summary sentences by maximal marginal relevance over sentence embeddings. A sentence's relevance is its
 * closeness to the centroid of the text it summarises, raised by the number of independent origins that report its
 * claim and, a little, for a lead sentence; each further pick must also differ from the picks so far, and no claim
 * is picked twice. Sentences are taken as written, never rewritten, so each stays attributable.
 */
final class Summariser {

	private static final double RELEVANCE_WEIGHT = 0.7;

	private static final double ORIGINS_BONUS = 0.15;

	private static final double LEAD_BONUS = 0.05;

	private static final int MIN_WORDS = 8;

	private static final int MAX_WORDS = 60;

	private Summariser() {
	}

	record Pick(SummarySentence sentence, double score) {
	}

	static List<Pick> pick(List<SummarySentence> sentences, int count) {
		float[] centroid = centroid(sentences);
		List<SummarySentence> candidates = sentences.stream().filter(Summariser::readable).toList();
		List<Pick> picks = new ArrayList<>();
		Set<Long> claims = new HashSet<>();
		while (picks.size() < count) {
			Pick best = null;
			for (SummarySentence candidate : candidates) {
				if (picks.stream().anyMatch(p -> p.sentence() == candidate)
						|| candidate.claimId() != null && claims.contains(candidate.claimId())) {
					continue;
				}
				double relevance = relevance(candidate, centroid);
				double redundancy = picks.stream()
					.mapToDouble(p -> SentenceEmbedder.cosine(p.sentence().vector(), candidate.vector()))
					.max()
					.orElse(0);
				double score = RELEVANCE_WEIGHT * relevance - (1 - RELEVANCE_WEIGHT) * redundancy;
				if (best == null || score > best.score()) {
					best = new Pick(candidate, score);
				}
			}
			if (best == null) {
				break;
			}
			picks.add(best);
			if (best.sentence().claimId() != null) {
				claims.add(best.sentence().claimId());
			}
		}
		return picks;
	}

	static double relevance(SummarySentence sentence, float[] centroid) {
		double closeness = SentenceEmbedder.cosine(sentence.vector(), centroid);
		double origins = Math.log(1 + sentence.origins()) / Math.log(2);
		return closeness + ORIGINS_BONUS * origins + (sentence.position() == 0 ? LEAD_BONUS : 0);
	}

	static float[] centroid(List<SummarySentence> sentences) {
		float[] centroid = new float[SentenceEmbedder.DIMENSIONS];
		for (SummarySentence sentence : sentences) {
			for (int i = 0; i < centroid.length && i < sentence.vector().length; i++) {
				centroid[i] += sentence.vector()[i];
			}
		}
		return centroid;
	}

	/** Whole statements only: no fragments of a quote, nothing too short or too long to read on its own. */
	private static boolean readable(SummarySentence sentence) {
		String text = sentence.text().strip();
		int words = sentence.words();
		boolean quoteFragment = text.startsWith("“") && !text.matches(".*[”\"],? (he|she|they|[A-Z][a-z]+) .*");
		return words >= MIN_WORDS && words <= MAX_WORDS && !quoteFragment
				&& !text.matches("^(He|She|They|It|This|That|The official)\\b.*");
	}

}
