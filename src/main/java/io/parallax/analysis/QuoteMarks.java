package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds spans in quotation marks: curly or straight double quotes (mixed too), and curly single quotes (told apart from
 * apostrophes by what stands beside them). A quote left open at the end of a paragraph runs to its end, as
 * quotes that continue into the next paragraph are printed, and one closed in a paragraph that never opened it
 * runs from that paragraph's start.
 */
final class QuoteMarks {

	private QuoteMarks() {
	}

	static List<QuoteSpan> find(String paragraph) {
		List<QuoteSpan> spans = new ArrayList<>();
		opened(paragraph, continuation(paragraph, spans), spans);
		return spans;
	}

	/** The quotes a text opens, leaving out one that it only closes, carried over from the text before it. */
	static List<QuoteSpan> openedIn(String text) {
		List<QuoteSpan> spans = new ArrayList<>();
		opened(text, 0, spans);
		return spans;
	}

	private static void opened(String paragraph, int from, List<QuoteSpan> spans) {
		int i = from;
		while (i < paragraph.length()) {
			char c = paragraph.charAt(i);
			int close = switch (c) {
				case '“', '"' -> closingDouble(paragraph, i + 1);
				case '‘' -> opensSingle(paragraph, i) ? closingSingle(paragraph, i + 1) : -2;
				default -> -2;
			};
			if (close == -2 || close == -1 && c == '‘') {
				i++;
				continue;
			}
			int end = close < 0 ? paragraph.length() : close + 1;
			String inner = paragraph.substring(i + 1, close < 0 ? paragraph.length() : close);
			if (!inner.isBlank()) {
				spans.add(new QuoteSpan(i, end, inner));
			}
			i = end;
		}
	}

	/**
	 * A paragraph that closes a quote it never opened ("Not a Roger Stone.”") ends a quote carried over from the
	 * paragraph before: its words up to the mark are quoted. Only a curly mark tells a close from an open.
	 */
	private static int continuation(String paragraph, List<QuoteSpan> spans) {
		int close = paragraph.indexOf('”');
		if (close <= 0 || paragraph.substring(0, close).matches("(?s).*[“\"].*")) {
			return 0;
		}
		String inner = paragraph.substring(0, close);
		if (!inner.isBlank()) {
			spans.add(new QuoteSpan(0, close + 1, inner));
		}
		return close + 1;
	}

	/**
	 * Either closing double mark ends a double quote: text copied between systems mixes curly and straight
	 * marks ("“We are not surprised," he said. "However…”"), and a double quote never nests inside another.
	 */
	private static int closingDouble(String text, int from) {
		for (int j = from; j < text.length(); j++) {
			char c = text.charAt(j);
			if (c == '”' || c == '"') {
				return j;
			}
		}
		return -1;
	}

	private static boolean opensSingle(String text, int i) {
		return (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1))) && i + 1 < text.length()
				&& Character.isLetterOrDigit(text.charAt(i + 1));
	}

	// A closing ’ has no letter after it; "don’t" and "Witkoff’s" do.
	private static int closingSingle(String text, int from) {
		for (int j = from; j < text.length(); j++) {
			if (text.charAt(j) == '’' && (j + 1 == text.length() || !Character.isLetter(text.charAt(j + 1)))
					&& Character.isLetterOrDigit(text.charAt(j - 1)) || text.charAt(j) == '’' && j > 0
							&& ",.!?".indexOf(text.charAt(j - 1)) >= 0) {
				return j;
			}
		}
		return -1;
	}

}
