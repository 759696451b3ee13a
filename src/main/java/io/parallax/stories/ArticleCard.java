package io.parallax.stories;

import java.time.LocalDate;

/**
 * An article as its story's page lists it.
 *
 * @param lead the article's first body sentence
 */
public record ArticleCard(Long id, String sourceFile, String headline, boolean headlineDerived, String outlet, String byline,
		LocalDate publishedOn, int wordCount, String lead) {
}
