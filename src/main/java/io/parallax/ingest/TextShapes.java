package io.parallax.ingest;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Questions about the shape of a line of text that the parser's rules ask: how many words, how it ends, how it
 * starts.
 */
final class TextShapes {

	private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’.\\-][\\p{L}\\p{N}]+)*");

	private static final Pattern ENDS_CLAUSE = Pattern.compile(".*[.,;!…\"”’'][)\\]]*$", Pattern.DOTALL);

	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0\\u2007\\u202F]+");

	private static final Pattern QUOTES = Pattern.compile("[‘’“”'\"]");

	private TextShapes() {
	}

	/**
	 * The text as two copies of it compare equal however a page typed them: lower case, one kind of quote, every run
	 * of spaces (non-breaking ones too) one space.
	 */
	static String comparable(String text) {
		return SPACES.matcher(QUOTES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("'")).replaceAll(" ")
			.strip();
	}

	static int words(String text) {
		Matcher matcher = WORD.matcher(text);
		int count = 0;
		while (matcher.find()) {
			count++;
		}
		return count;
	}

	/** Ends with a full stop, a question or exclamation mark or an ellipsis, and any closing quotes or brackets. */
	static boolean endsLikeSentence(String text) {
		int end = text.length() - 1;
		while (end >= 0 && CLOSERS.indexOf(text.charAt(end)) >= 0) {
			end--;
		}
		return end >= 0 && ".!?…".indexOf(text.charAt(end)) >= 0;
	}

	/** What may close a sentence after its full stop: quotes and brackets. */
	private static final String CLOSERS = "\"”’')]";

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
