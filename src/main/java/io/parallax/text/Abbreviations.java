package io.parallax.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a sentence break found after an abbreviation is false ("U.S. President", "Mr. Smith").
 */
final class Abbreviations {

	/** Titles and short forms that are always followed by more of the same sentence. */
	private static final Set<String> NEVER_FINAL = Set.of("mr", "mrs", "ms", "dr", "prof", "gen", "lt", "col", "capt",
			"sgt", "sen", "sens", "rep", "reps", "gov", "govs", "pres", "st", "rev", "hon", "vs", "adm", "maj", "brig",
			"cmdr", "supt", "atty", "amb", "msgr", "det", "insp", "pvt", "cpl", "gens", "jan", "feb", "mar", "apr", "jun",
			"jul", "aug", "sep", "sept", "oct", "nov", "dec", "approx", "fig", "e.g", "i.e", "cf", "mt", "ft");

	/** Short forms before a number: "the Senate’s No. 2 Republican", "Vol. 3". */
	private static final Set<String> NUMBER_MARKS = Set.of("No", "Nos", "Vol", "Art");

	/** Words that usually open a new sentence; after "U.S." they mean the break is real. */
	private static final Set<String> SENTENCE_OPENERS = Set.of("The", "A", "An", "He", "She", "It", "They", "We", "I",
			"You", "But", "And", "Or", "So", "This", "That", "These", "Those", "There", "In", "On", "At", "As", "If",
			"When", "While", "After", "Before", "Meanwhile", "However", "Still", "Yet", "His", "Her", "Their", "Its",
			"Our", "My", "What", "Why", "How", "Who", "Officials", "Asked");

	// "U.S.", "U.K.", "U.N.", "e.g." and single initials such as "J." in "John F. Kennedy".
	private static final Pattern DOTTED = Pattern.compile("(?:\\b\\p{L}\\.)+$");

	private static final Pattern LAST_WORD = Pattern.compile("(\\p{L}+)\\.$");

	private static final Pattern FIRST_WORD = Pattern.compile("^\\s*[\"“‘']?([\\p{L}\\d]+)");

	private static final Pattern MISSED_BREAK = Pattern
		.compile("(?:\\b\\p{L}\\.){2,}\\s+(?=[\"“‘']?(" + String.join("|", SENTENCE_OPENERS) + ")\\b)");

	// A quotation that ends and closes ("…?”", "…!”", "….”"): the model ends the sentence there even when an
	// attribution follows.
	private static final Pattern QUOTE_ENDS = Pattern.compile("[.?!][\"”’']\\s*$");

	// "he asked.", "Mr. Fox wrote.", "Justice Ginsburg asked.", "said Sen. John Cornyn.", "Senate Majority Leader Mitch
	// McConnell, R-Ky., asked on Tuesday.": an attribution alone.
	private static final Pattern ATTRIBUTION = Pattern.compile("^(?:(?:he|she|they|it|I|we)\\s+|(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,5}"
			+ "\\p{Lu}[\\p{L}.’'-]*(?:\\s+\\(\\p{Lu}[^)]{0,12}\\)|,\\s*[DRI]-[\\p{L}.]{2,12},)?\\s+)?(?:" + SpeechVerbs.FINITE
			+ ")\\b[^.!?“\"]{0,60}[.!?]");

	/**
	 * What a sentence ends with: a full stop, question or exclamation mark, and the closing quotes or brackets after
	 * it. The model weighs every full stop, also one inside a token ("$4,272.78", "U.S.-led").
	 */
	private static final Pattern SENTENCE_END = Pattern.compile("[.!?…][\"”’'»)\\]]*\\s*$");

	/**
	 * What no sentence opens with: a dash ("DANVILLE, Ky. –- Joe Biden…", a dateline's) or an ellipsis ("a bunch of
	 * malarkey. ... Not a single thing…", words left out of a quote). Text after a full stop that opens so goes on
	 * the sentence before.
	 */
	private static final Pattern CONTINUATION = Pattern.compile("^\\s*(?:[-–—]|\\.\\.\\.|…)");

	private Abbreviations() {
	}

	/**
	 * Where the model missed a break after a dotted abbreviation that ends a sentence ("from the U.S. The
	 * Kremlin"): the offsets, within the sentence, at which the next sentence starts.
	 */
	static List<Integer> missedBreaks(String sentence) {
		List<Integer> starts = new ArrayList<>();
		Matcher matcher = MISSED_BREAK.matcher(sentence);
		while (matcher.find()) {
			starts.add(matcher.end());
		}
		return starts;
	}

	/**
	 * @param text the paragraph
	 * @param end where the model ended the sentence
	 * @param nextStart where the model started the next one
	 */
	static boolean breakIsFalse(String text, int end, int nextStart) {
		String before = text.substring(Math.max(0, end - 12), end);
		String nextWord = firstWord(text.substring(nextStart, Math.min(text.length(), nextStart + 40)));
		if (CONTINUATION.matcher(text.substring(nextStart, Math.min(text.length(), nextStart + 4))).lookingAt()) {
			return true;
		}
		if (nextWord == null) {
			return false;
		}
		if (!SENTENCE_END.matcher(before).find()) {
			return true;
		}
		// News sentences open with a capital: "(D-Vt.) called…" and "her Salem, Ore., plant was…" go on the same
		// sentence.
		if (Character.isLowerCase(nextWord.charAt(0)) && before.matches("(?s).*[.)\\],;:]$")) {
			return true;
		}
		if (QUOTE_ENDS.matcher(before).find()) {
			String next = text.substring(nextStart, Math.min(text.length(), nextStart + 80));
			return Character.isLowerCase(nextWord.charAt(0)) && !before.matches("(?s).*\\.[\"”’']\\s*$")
					|| ATTRIBUTION.matcher(next).find();
		}
		Matcher last = LAST_WORD.matcher(before);
		if (last.find() && (NEVER_FINAL.contains(last.group(1).toLowerCase())
				|| NUMBER_MARKS.contains(last.group(1)) && Character.isDigit(nextWord.charAt(0)))) {
			return true;
		}
		return DOTTED.matcher(before).find() && !SENTENCE_OPENERS.contains(nextWord);
	}

	private static String firstWord(String text) {
		Matcher first = FIRST_WORD.matcher(text);
		return first.find() ? first.group(1) : null;
	}

}
