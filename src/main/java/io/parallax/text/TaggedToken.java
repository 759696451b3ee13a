package io.parallax.text;

/**
 * A token of a sentence with its Universal Dependencies part-of-speech tag (PROPN, NOUN, VERB, PUNCT…) and its
 * character offsets in that sentence (end exclusive).
 */
public record TaggedToken(String text, String tag, int start, int end) {

	public boolean isProperNoun() {
		return "PROPN".equals(tag);
	}

	public boolean isCapitalised() {
		return !text.isEmpty() && Character.isUpperCase(text.codePointAt(0));
	}

}
