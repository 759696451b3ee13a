package io.parallax.web;

import io.parallax.stories.StoryListing;
import io.parallax.stories.ArticleCard;
import io.parallax.stories.StoryHeader;

import java.time.LocalDate;
import java.util.List;

/**
 * A story as the JSON API shows it; journalists script against these names, so they do not change.
 */
record StoryJson(String slug, String title, int articleCount, List<Article> articles) {

	record Listed(String slug, String title, long articleCount, long outletCount, LocalDate firstPublished,
			LocalDate lastPublished) {

		static Listed of(StoryListing listing) {
			return new Listed(listing.slug(), listing.title(), listing.articleCount(), listing.outletCount(),
					listing.firstPublished(), listing.lastPublished());
		}

	}

	/** {@code label} is what pages call the article: its outlet, else a name from its file name, else its headline. */
	record Article(Long id, String sourceFile, String label, String headline, boolean headlineDerived, String outlet,
			String byline, LocalDate publishedOn, int wordCount) {
	}

	static StoryJson of(StoryHeader story, List<ArticleCard> articles) {
		return new StoryJson(story.slug(), story.title(), story.articleCount(),
				articles.stream()
					.map(a -> new Article(a.id(), a.sourceFile(), a.label(), a.headline(), a.headlineDerived(), a.outlet(),
							a.byline(), a.publishedOn(), a.wordCount()))
					.toList());
	}

}
