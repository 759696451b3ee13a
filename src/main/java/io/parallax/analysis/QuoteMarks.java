package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;

/**
 * Finds spans in quotation marks: curly or straight double quotes, and curly single quotes (told apart from
 * apostrophes by what stands beside them). A quote left open at the end of a paragraph runs to its end, as
 * quotes that continue into the next paragraph are printed.
 */
final class QuoteMarks {

	private QuoteMarks() {
	}

	static List<QuoteSpan> find(String paragraph) {
		List<QuoteSpan> spans = new ArrayList<>();
		int i = 0;
		while (i < paragraph.length()) {
			char c = paragraph.charAt(i);
			int close = switch (c) {
				case '“' -> paragraph.indexOf('”', i + 1);
				case '"' -> paragraph.indexOf('"', i + 1);
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
		return spans;
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
