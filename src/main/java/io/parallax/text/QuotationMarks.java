package io.parallax.text;

/**
 * Balances the double quotation marks of one sentence cut from a longer quotation: a speaker's several sentences are
 * several sentences of the article, and the first of them, shown alone as a claim's statement, opens a quotation
 * it never closes ("“We don’t want him.").
 */
public final class QuotationMarks {

	private QuotationMarks() {
	}

	/** The text with the quotation mark its cut left out, at whichever end it belongs; a balanced text unchanged. */
	public static String balanced(String text) {
		String balanced = text.strip();
		long opening = balanced.chars().filter(c -> c == '“').count();
		long closing = balanced.chars().filter(c -> c == '”').count();
		if (opening > closing) {
			balanced = balanced + "”";
		}
		else if (closing > opening) {
			balanced = "“" + balanced;
		}
		long straight = balanced.chars().filter(c -> c == '"').count();
		if (straight % 2 == 1) {
			balanced = balanced.startsWith("\"") || balanced.indexOf('"') < balanced.length() / 2
					? balanced + "\"" : "\"" + balanced;
		}
		return balanced;
	}

}
