package io.parallax.stories;

import java.util.List;

import io.parallax.text.SentenceSpan;

/**
 * One paragraph of a parsed article; a heading has no sentences.
 */
public record ParagraphContent(ParagraphKind kind, String text, List<SentenceSpan> sentences) {

	public ParagraphContent {
		sentences = List.copyOf(sentences);
	}

}
