package io.parallax.text;

/**
 * Balances the double quotation marks of one sentence cut from a longer quotation: a speaker's several sentences are
 * several sentences of the article, and the first of them, shown alone as a claim's statement, opens a quotation
 * it never closes ("“We don’t want him.").
 */
public final class QuotationMarks {

	private QuotationMarks() {
	}

	/**
	 * The text with the quotation marks its cut left out, at whichever end they belong; a balanced text unchanged.
	 * Curly and straight marks may be mixed (an opening " closed by a ”): a straight mark opens where a word follows
	 * it and closes where one precedes it.
	 */
	public static String balanced(String text) {
		String balanced = text.strip();
		int open = 0;
		int unopened = 0;
		for (int i = 0; i < balanced.length(); i++) {
			char c = balanced.charAt(i);
			boolean opening = c == '“' || c == '"' && opensAt(balanced, i);
			boolean closing = c == '”' || c == '"' && !opening;
			if (opening) {
				open++;
			}
			else if (closing && open > 0) {
				open--;
			}
			else if (closing) {
				unopened++;
			}
		}
		return "“".repeat(unopened) + balanced + "”".repeat(open);
	}

	/** A straight mark opens at the text's start or after a space or a bracket, before a letter or a digit. */
	private static boolean opensAt(String text, int at) {
		boolean afterBreak = at == 0 || Character.isWhitespace(text.charAt(at - 1))
				|| "([—–".indexOf(text.charAt(at - 1)) >= 0;
		return afterBreak && at + 1 < text.length() && Character.isLetterOrDigit(text.charAt(at + 1));
	}

}
