package io.parallax.claims;

import java.util.Set;

import io.parallax.analysis.SentenceFacts;

/**
 * A sentence as the comparison sees it: its embedding, its content words, the entities it names, and what the
 * analysis found in it.
 */
record ClaimSentence(Long id, Long articleId, int position, String text, float[] vector, Set<String> words,
		SentenceFacts facts, boolean negated) {
}
