package io.parallax.ingest;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions about the shape of a line of text that the parser's rules ask: how many words, how it ends, how it
 * starts.
 */
final class TextShapes {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");

	private static final Pattern ENDS_SENTENCE = Pattern.compile(".*[.!?…][\"”’')\\]]*$", Pattern.DOTALL);

	private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.,;!…\"”’'][)\\]]*$", Pattern.DOTALL);

	private TextShapes() {
	}

	static int words(String text) {
		Matcher matcher = WORD.matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	static boolean endsLikeSentence(String text) {
		return ENDS_SENTENCE.matcher(text).matches();
	}

	/** Ends as running text does (full stop, comma, closing quote); a heading ends otherwise or with ? or :. */
	static boolean endsLikeRunningText(String text) {
		return ENDS_CLAUSE.matcher(text).matches();
	}

	static boolean startsCapitalised(String text) {
		int first = text.codePoints().filter(Character::isLetterOrDigit).findFirst().orElse('a');
		return Character.isUpperCase(first) || Character.isDigit(first);
	}

	static boolean startsLowercase(String text) {
		return !text.isEmpty() && Character.isLowerCase(text.codePointAt(0));
	}

}
