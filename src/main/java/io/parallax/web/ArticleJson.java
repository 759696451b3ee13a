package io.parallax.web;

import io.parallax.stories.ArticlePage;
import io.parallax.stories.MetadataValue;

import java.time.LocalDate;
import java.util.List;

/**
 * An article as the JSON API shows it: {@code outlet} is null when the text names no publisher,
 * {@code publishedOn} null when it states no date; {@code pageMetadata} is what a saved web page states about the
 * article, each value with where it was found (empty for a text file).
 */
record ArticleJson(Long id, String storySlug, String sourceFile, String sha256, String headline,
		boolean headlineDerived, String standfirst, String byline, LocalDate publishedOn, String outlet,
		int wordCount, boolean retired, List<String> paragraphs, List<Sentence> sentences,
		List<String> boilerplate, boolean outletCurated, boolean publishedOnCurated,
		List<MetadataValue> pageMetadata) {

	record Sentence(Long id, int paragraph, int position, String text) {
	}

	static ArticleJson of(ArticlePage page) {
		return new ArticleJson(page.id(), page.storySlug(), page.sourceFile(), page.sha256(), page.headline(),
				page.headlineDerived(), page.standfirst(), page.byline(), page.publishedOn(), page.outlet(),
				page.wordCount(), page.retiredAt() != null,
				page.paragraphs().stream().map(ArticlePage.Paragraph::text).toList(),
				page.sentences().stream().map(s -> new Sentence(s.id(), s.paragraph(), s.position(), s.text())).toList(),
				page.boilerplate(), page.curation().outlet(), page.curation().date(), page.metadata());
	}

}
