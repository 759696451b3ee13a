package io.parallax.summary;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import io.parallax.summary.StoryWording.Candidate;
import io.parallax.summary.StoryWording.Gain;

/**
 * Picks the sentences that together cover most of what the articles say in common, in few sentences: each next pick
 * is the sentence that adds the most shared word pairs not yet covered, each pair worth the number of articles that
 * use it (greedy concept coverage, after Gillick and Favre, 2009). What is covered once adds nothing the second
 * time, so the picks do not repeat one another; no claim is picked twice either, which catches the same fact in
 * other words. The candidates are the sentences that stand alone. Sentences are taken as written, never rewritten,
 * so each stays attributable.
 */
final class Summariser {

	private Summariser() {
	}

	/** @param score the worth of the shared word pairs the sentence added when it was picked */
	record Pick(SummarySentence sentence, double score) {
	}

	/** Up to {@code count} of the candidates, the one that adds most first. */
	static List<Pick> pick(List<Candidate> candidates, StoryWording wording, int count) {
		List<Candidate> left = new ArrayList<>(candidates);
		Set<String> covered = new HashSet<>();
		Set<Long> claims = new HashSet<>();
		List<Pick> picks = new ArrayList<>();
		while (picks.size() < count) {
			left.removeIf(c -> claims.contains(c.sentence().claimId()));
			Candidate best = best(left, wording, covered);
			Gain gain = best == null ? null : wording.gain(best, covered);
			if (gain == null || gain.isNothing()) {
				break;
			}
			picks.add(new Pick(best.sentence(), gain.shared()));
			left.remove(best);
			covered.addAll(best.pairs());
			if (best.sentence().claimId() != null) {
				claims.add(best.sentence().claimId());
			}
		}
		return picks;
	}

	/** The candidate that adds most; of equals, the first (the earlier article, the earlier sentence). */
	private static Candidate best(List<Candidate> candidates, StoryWording wording, Set<String> covered) {
		Candidate best = null;
		Gain bestGain = null;
		for (Candidate candidate : candidates) {
			Gain gain = wording.gain(candidate, covered);
			if (best == null || gain.compareTo(bestGain) > 0) {
				best = candidate;
				bestGain = gain;
			}
		}
		return best;
	}

}
