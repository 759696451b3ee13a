package io.parallax.ingest;

import java.util.regex.Pattern;

/**
 * Decoded text with plain line ends and spaces. Windows and old Mac line ends become newlines; a form feed or
 * vertical tab breaks a line; other control characters (a DOS end-of-file mark) go; the many Unicode spaces become
 * a plain space; invisible marks that only steer line breaking or hyphenation (zero-width space, word joiner,
 * soft hyphen, a stray byte-order mark) go. Joiners that shape emoji and scripts stay.
 */
final class PlainText {

	private static final Pattern LINE_BREAKS = Pattern.compile("\r\n?|[\f\u000B\u0085\u2028\u2029]");

	private static final Pattern CONTROLS = Pattern.compile("[\\x00-\\x08\\x0E-\\x1F\\x7F]");

	private static final Pattern SPACES = Pattern.compile("[\\p{Zs}&&[^ ]]");

	private static final Pattern INVISIBLE = Pattern.compile("[\u200B\u2060\uFEFF\u00AD]");

	private PlainText() {
	}

	static String normalise(String text) {
		String lines = LINE_BREAKS.matcher(text).replaceAll("\n");
		String visible = INVISIBLE.matcher(CONTROLS.matcher(lines).replaceAll("")).replaceAll("");
		return SPACES.matcher(visible).replaceAll(" ");
	}

}
