package io.parallax.summary;

/**
 * A sentence as the summariser weighs it.
 *
 * @param claimArticles how many articles report the sentence's claim
 * @param origins how many independent origins report it
 */
record SummarySentence(Long id, Long articleId, int position, String text, float[] vector, Long claimId,
		int claimArticles, int origins) {

	int words() {
		return text.split("\\s+").length;
	}

}
