package io.parallax.search;

/**
 * A query as {@code websearch_to_tsquery} reads it.
 *
 * @param nodes its words and operators; 0 when it holds only operators and stop words
 * @param lexeme its one word as stored (stemmed, accents removed) when it is one word, else null
 */
record ParsedQuery(int nodes, String lexeme) {

	boolean wordless() {
		return nodes == 0;
	}

}
