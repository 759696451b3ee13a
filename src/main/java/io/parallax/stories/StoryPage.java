package io.parallax.stories;

import java.util.List;

/**
 * A story with its current articles, as its page and the API show it.
 */
public record StoryPage(String slug, String title, boolean titleDerived, List<ArticleCard> articles) {

	public long outletCount() {
		return articles.stream().map(ArticleCard::outlet).filter(o -> o != null).distinct().count();
	}

}
