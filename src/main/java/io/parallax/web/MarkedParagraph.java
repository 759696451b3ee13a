package io.parallax.web;

import java.util.List;

/**
 * A paragraph of an article cut into its sentences, each a run of plain text and marked spans (quotes, cited
 * sources, names). Each sentence has its own address on the page (#s-{id}), so a claim or a quote can link to it.
 */
record MarkedParagraph(boolean heading, List<Sentence> sentences) {

	/** The whole paragraph's segments, sentence after sentence (for headings, which are not cut). */
	public List<Segment> segments() {
		return sentences.stream().flatMap(s -> s.segments().stream()).toList();
	}

	/**
	 * @param id the sentence's id, or null for text the analysis did not cut into sentences
	 */
	record Sentence(Long id, List<Segment> segments) {
	}

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
