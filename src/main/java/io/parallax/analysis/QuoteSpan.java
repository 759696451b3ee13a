package io.parallax.analysis;

/**
 * Quotation marks and what they enclose, in paragraph offsets.
 *
 * @param start the opening mark
 * @param end just after the closing mark (or the paragraph's end when the quote runs on into the next)
 */
record QuoteSpan(int start, int end, String text) {

	int words() {
		return text.isBlank() ? 0 : text.strip().split("\\s+").length;
	}

}
