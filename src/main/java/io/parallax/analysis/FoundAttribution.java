package io.parallax.analysis;

/**
 * A sentence that attributes information to a source.
 *
 * @param sourceKey ties the source to an entity: a name key, or a role key for a description
 * @param start where the source's words start in the sentence
 * @param end where they end
 */
record FoundAttribution(Long articleId, Long sentenceId, String source, String sourceKey, SourceKind kind, String cue,
		int start, int end) {
}
