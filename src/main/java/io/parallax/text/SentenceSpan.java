package io.parallax.text;

/**
 * One sentence of a paragraph: its text and its character offsets in that paragraph (end exclusive).
 */
public record SentenceSpan(String text, int start, int end) {
}
