package io.parallax.stories;

/**
 * Body text, or a sub-heading between stretches of body text.
 */
public enum ParagraphKind {

	TEXT, HEADING

}
