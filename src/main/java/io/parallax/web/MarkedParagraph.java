package io.parallax.web;

import java.util.List;

/**
 * A paragraph of an article cut into runs of plain text and marked spans (quotes, cited sources, names).
 */
record MarkedParagraph(boolean heading, List<Segment> segments) {

	/**
	 * @param type null for plain text, else QUOTE, SOURCE or ENTITY
	 * @param entityId the entity a name or a quote's speaker is, when known
	 * @param label what a screen reader and a tooltip say about the mark
	 */
	record Segment(String text, String type, Long entityId, String label) {

		public boolean plain() {
			return type == null;
		}

		public boolean isType(String other) {
			return other.equals(type);
		}

	}

}
