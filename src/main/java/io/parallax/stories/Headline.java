package io.parallax.stories;

/**
 * An article's headline as a candidate for its story's title.
 */
record Headline(String text, boolean derived, String sourceFile) {

	static Headline of(Article article) {
		return new Headline(article.getHeadline(), article.isHeadlineDerived(), article.getSourceFile());
	}

	static Headline of(ArticleContent content) {
		return new Headline(content.headline(), content.headlineDerived(), content.sourceFile());
	}

}
