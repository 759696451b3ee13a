package io.parallax.stories;

import java.time.LocalDate;
import java.util.List;

/**
 * Everything the parser took from one article file, ready to be stored.
 *
 * @param headline the file's headline, or a title derived from the body when {@code headlineDerived}
 * @param outlet the publisher when the text names it, otherwise null (never guessed)
 * @param boilerplate the site furniture removed from the text, in file order
 * @param metadata what a saved web page states about the article, each value with where it was found (empty for
 *     a text file)
 */
public record ArticleContent(String sourceFile, String sha256, byte[] raw, String headline, boolean headlineDerived,
		String standfirst, String byline, LocalDate publishedOn, String outlet, List<ParagraphContent> paragraphs,
		List<String> boilerplate, int wordCount, List<MetadataValue> metadata) {

	public ArticleContent {
		paragraphs = List.copyOf(paragraphs);
		boilerplate = List.copyOf(boilerplate);
		metadata = List.copyOf(metadata);
	}

}
