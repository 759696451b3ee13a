package io.parallax.text;

import java.util.regex.Pattern;

/**
 * The dateline a story's first sentence opens with ("WASHINGTON — ", "DANVILLE, Ky. –- ", "NEW YORK (AP) — "):
 * where the reporter filed from, not part of what the sentence states, so a claim or a timeline entry shown by that
 * sentence is shown without it. The sentence itself keeps it, and so do its names and offsets.
 */
public final class Datelines {

	/**
	 * A place in capitals (one to four words of letters, at least two each: not "U.S."), perhaps a state or country
	 * after a comma ("Ky.", "Ga.", "Calif."), perhaps an agency in brackets, then a dash of any kind and a sentence's
	 * opening: "NATO — the alliance — met" is a sentence whose subject is set off by dashes.
	 */
	private static final Pattern DATELINE = Pattern.compile("^\\p{Lu}{2,}[\\p{Lu}’'-]*(?:\\s+\\p{Lu}{2,}[\\p{Lu}’'-]*){0,3}"
			+ "(?:,\\s+\\p{Lu}[\\p{L}.]*(?:\\s+\\p{Lu}[\\p{L}.]*)?)?(?:\\s+\\([\\p{L} ]{2,30}\\))?\\s*(?:—|–|--|-|–-)\\s+"
			+ "(?=[\\p{Lu}\\d“\"‘'])");

	private Datelines() {
	}

	/**
	 * An article's first sentence without the dateline it opens with; any other sentence, or one without a dateline,
	 * unchanged ("FBI — The bureau said…" further down is a sentence whose subject a dash sets off).
	 *
	 * @param position the sentence's place in its article, from 0
	 */
	public static String withoutDateline(String sentence, int position) {
		return position == 0 ? withoutDateline(sentence) : sentence;
	}

	/** The sentence without the dateline it opens with; a sentence without one unchanged. */
	public static String withoutDateline(String sentence) {
		String rest = DATELINE.matcher(sentence).replaceFirst("");
		return rest.isEmpty() || rest.length() == sentence.length() ? sentence : rest;
	}

}
