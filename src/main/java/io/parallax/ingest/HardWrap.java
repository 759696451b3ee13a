package io.parallax.ingest;

import java.util.ArrayList;
import java.util.List;

/**
 * Tells a hard-wrapped file (wire copy, e-mail: every line cut at a fixed width, blank lines between paragraphs)
 * from one that puts each paragraph on a line of its own.
 */
final class HardWrap {

	private static final int MAX_WRAP_WIDTH = 100;

	private static final int MIN_WRAPPED_LINES = 3;

	private HardWrap() {
	}

	/**
	 * True when no line is longer than a wrap width, and most lines that continue onto a next line are nearly
	 * as long as the longest: the mark of text cut at a width rather than at the ends of paragraphs.
	 */
	static boolean isHardWrapped(String[] lines) {
		int longest = java.util.Arrays.stream(lines).mapToInt(line -> line.strip().length()).max().orElse(0);
		if (longest == 0 || longest > MAX_WRAP_WIDTH) {
			return false;
		}
		List<Integer> continued = new ArrayList<>();
		for (int i = 0; i + 1 < lines.length; i++) {
			if (!lines[i].isBlank() && !lines[i + 1].isBlank()) {
				continued.add(lines[i].strip().length());
			}
		}
		long nearlyFull = continued.stream().filter(length -> length >= longest * 0.6).count();
		return continued.size() >= MIN_WRAPPED_LINES && nearlyFull >= continued.size() * 0.7;
	}

}
