package io.parallax.search;

import java.util.ArrayList;
import java.util.List;

/**
 * A text cut into the parts that match the query and those that do not, so that pages mark the matches with
 * escaped text only (never markup from the database).
 */
public record Highlighted(List<Part> parts) {

	/** What {@code ts_headline} puts around a match: characters no article text holds (they are cleaned out). */
	static final char START = '\u0002';

	static final char STOP = '\u0003';

	public record Part(String text, boolean match) {
	}

	static Highlighted parse(String marked) {
		List<Part> parts = new ArrayList<>();
		int at = 0;
		while (at < marked.length()) {
			int start = marked.indexOf(START, at);
			if (start < 0) {
				parts.add(new Part(marked.substring(at), false));
				break;
			}
			if (start > at) {
				parts.add(new Part(marked.substring(at, start), false));
			}
			int stop = marked.indexOf(STOP, start);
			int end = stop < 0 ? marked.length() : stop;
			parts.add(new Part(marked.substring(start + 1, end), true));
			at = end + 1;
		}
		return new Highlighted(List.copyOf(parts));
	}

	public String text() {
		StringBuilder text = new StringBuilder();
		parts.forEach(part -> text.append(part.text()));
		return text.toString();
	}

	public boolean isEmpty() {
		return parts.isEmpty() || text().isBlank();
	}

}
