package io.parallax.stories;

import java.time.LocalDate;
import java.util.List;

/**
 * A stored article's text as later stages analyse it: its sentences with their ids, in reading order.
 */
public record ArticleText(Long id, Long storyId, String sourceFile, String sha256, String outlet,
		LocalDate publishedOn, List<SentenceText> sentences) {

	/**
	 * @param paragraph the sentence's paragraph, counted from 0 over all the article's paragraphs
	 * @param start where the sentence starts in its paragraph
	 */
	public record SentenceText(Long id, int paragraph, int position, int start, String text) {
	}

}
