package io.parallax.stories;

import java.time.LocalDate;

/**
 * An article as its story's page lists it.
 *
 * @param label what readers see it called ({@link ArticleLabel})
 * @param lead the article's first body sentence
 */
public record ArticleCard(Long id, String sourceFile, String headline, boolean headlineDerived, String outlet, String label,
		ArticleLabel.Source labelSource, String byline,
		LocalDate publishedOn, int wordCount, String lead) {
}
