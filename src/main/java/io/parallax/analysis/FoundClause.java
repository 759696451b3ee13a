package io.parallax.analysis;

/**
 * One of the facts a sentence states ({@link ClauseSplitter}).
 *
 * @param position the clause's place in its sentence, from 0
 */
record FoundClause(Long sentenceId, int position, String text) {
}
