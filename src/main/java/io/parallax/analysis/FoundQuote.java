package io.parallax.analysis;

/**
 * A quote as found in one article, before quotes are grouped across the story.
 *
 * @param start where the quote (its opening mark) starts in its sentence
 * @param end where it ends, counted from the same sentence's start: past the sentence when the quote runs over
 *     several
 * @param speaker who says it, as the article names them ("Ushakov", "a Kremlin aide"), or null when unknown
 * @param speakerKey the key that ties the speaker to an entity: a name key or a role key
 * @param cue the words that attribute it ("said", "telling reporters", "according to")
 * @param venue where it was said, when stated ("X", "Truth Social", "a White House briefing")
 */
record FoundQuote(Long articleId, Long sentenceId, int start, int end, String text, boolean partial, String speaker,
		String speakerKey, String cue, String venue) {
}
