package io.parallax.claims;

import java.math.BigDecimal;
import java.util.regex.Pattern;

/**
 * How a text gives a figure: as it is, or as the least or the most of something ("over 10 percent", "fewer than 100
 * people"). A figure given plainly that meets another's bound agrees with it: 10.8 percent is over 10 percent. "Up
 * to" and "as many as" are not bounds here: news writes the figure itself so ("up to 1.6 million women" in the
 * class, which readers set against "1.5 million women"), so such figures compare as they are.
 */
enum FigureBound {

	NONE, AT_LEAST, AT_MOST;

	private static final Pattern AT_LEAST_BEFORE = Pattern
		.compile("(?i).*\\b(over|more than|at least|above|upwards of|in excess of|exceeding)\\s*$");

	private static final Pattern AT_MOST_BEFORE = Pattern
		.compile("(?i).*\\b(under|less than|fewer than|at most|below|no more than)\\s*$");

	/**
	 * How the sentence bounds the figure it gives in these words (its first occurrence): by the words just before
	 * it, or by its own first words ("more than $3 million").
	 */
	static FigureBound of(String figure, String sentence) {
		int at = sentence.indexOf(figure);
		if (at < 0) {
			return NONE;
		}
		String before = sentence.substring(Math.max(0, at - 20), at);
		for (String lead : new String[] { before, before + " " + leadingWords(figure) }) {
			if (AT_LEAST_BEFORE.matcher(lead).matches()) {
				return AT_LEAST;
			}
			if (AT_MOST_BEFORE.matcher(lead).matches()) {
				return AT_MOST;
			}
		}
		return NONE;
	}

	/** A figure's words before its first digit ("more than" of "more than $3 million"). */
	private static String leadingWords(String figure) {
		int digit = 0;
		while (digit < figure.length() && !Character.isDigit(figure.charAt(digit))) {
			digit++;
		}
		return figure.substring(0, digit).replaceAll("[^\\p{L}\\s]", "").strip();
	}

	/** Whether one figure is given plainly and meets the other's bound. */
	static boolean meets(FigureBound boundA, BigDecimal a, FigureBound boundB, BigDecimal b) {
		if (boundA != NONE && boundB == NONE) {
			return meets(boundB, b, boundA, a);
		}
		if (boundA != NONE) {
			return false;
		}
		return boundB == AT_LEAST ? a.compareTo(b) >= 0 : boundB == AT_MOST && a.compareTo(b) <= 0;
	}

}
