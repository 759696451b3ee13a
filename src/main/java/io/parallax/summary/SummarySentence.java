package io.parallax.summary;

/**
 * A sentence as the summariser weighs it.
 *
 * @param claimId the most widely reported claim the sentence states, or null
 */
record SummarySentence(Long id, Long articleId, int position, String text, Long claimId) {
}
