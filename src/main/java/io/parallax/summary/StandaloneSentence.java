package io.parallax.summary;

import java.util.regex.Pattern;

import io.parallax.text.SiteFurniture;

/**
 * Whether a sentence can stand in a summary away from its article: a whole statement that a reader can take in, in
 * the article's own voice. Site furniture ("Click here…", "Sign up…", credits, captions, bylines, labels such as
 * "UPDATE:"), list items, fragments of a quotation that runs over several sentences, an unattributed quotation, words
 * addressed to the reader ("your inbox"), links, and sentences that lean on the one before ("He added…", "And he…")
 * are left out.
 */
final class StandaloneSentence {

	private static final int MIN_WORDS = 8;

	private static final int MAX_WORDS = 60;

	/** Ends as a sentence ends: a label, a byline or a credit does not. */
	private static final Pattern ENDS_AS_A_SENTENCE = Pattern.compile("[.!?…][\"”’')\\]]*$");

	private static final Pattern QUOTATION = Pattern.compile("“[^”]*”|\"[^\"]*\"");

	private static final Pattern TO_THE_READER = Pattern
		.compile("\\b(?i:you|your|yours)\\b|https?://|www\\.|\\S@\\S|(^|\\s)@\\w");

	/** Opens with a word or a quotation: not a list item ("- In the past…") or a label ("UPDATE: …"). */
	private static final Pattern OPENS_A_STATEMENT = Pattern.compile("(?!\\p{Lu}{2,}( \\p{Lu}{2,})*:)[\\p{L}\\p{N}“\"‘']");

	private static final Pattern LEANS_ON_THE_PREVIOUS = Pattern.compile(
			"((And|But|Yet|So) )?(He|She|They|It|This|That|These|Those|His|Her|Their|Its|he|she|they|it|his|her|their|its)\\b");

	private StandaloneSentence() {
	}

	static boolean test(String sentence) {
		String text = sentence.strip();
		int words = text.split("\\s+").length;
		return words >= MIN_WORDS && words <= MAX_WORDS && OPENS_A_STATEMENT.matcher(text).lookingAt()
				&& ENDS_AS_A_SENTENCE.matcher(text).find() && quotationsClosed(text) && !unattributedQuotation(text)
				&& !LEANS_ON_THE_PREVIOUS.matcher(text).lookingAt()
				&& !TO_THE_READER.matcher(QUOTATION.matcher(text).replaceAll("")).find()
				&& !SiteFurniture.isFurniture(text) && !SiteFurniture.isPhotoCredit(text);
	}

	/** A quotation opened and not closed, or closed and not opened, runs on from or into another sentence. */
	private static boolean quotationsClosed(String text) {
		return count(text, '“') == count(text, '”') && count(text, '"') % 2 == 0;
	}

	/** A sentence that opens with a quotation must go on after it to say who is speaking. */
	private static boolean unattributedQuotation(String text) {
		if (!text.startsWith("“") && !text.startsWith("\"")) {
			return false;
		}
		int close = text.startsWith("“") ? text.indexOf('”') : text.indexOf('"', 1);
		return close < 0 || text.substring(close + 1).chars().noneMatch(Character::isLetter);
	}

	private static long count(String text, char mark) {
		return text.chars().filter(c -> c == mark).count();
	}

}
