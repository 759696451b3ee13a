package io.parallax.ingest;

import java.time.LocalDate;
import java.util.List;

import io.parallax.stories.ArticleContent;
import io.parallax.stories.MetadataValue;
import io.parallax.stories.ParagraphContent;

/**
 * What the parser took from one article's text.
 *
 * @param headlineSource where the headline came from: the top of the text, the publisher's footer, or derived
 *     from the first sentence because the file has none, or the metadata of a saved page
 * @param metadata what a saved page states about its article and where (empty for a text file)
 */
record ParsedArticle(String headline, HeadlineSource headlineSource, String standfirst, String byline,
		LocalDate publishedOn, String outlet, List<ParagraphContent> paragraphs, List<String> boilerplate,
		int wordCount, List<MetadataValue> metadata) {

	enum HeadlineSource {

		TEXT, FOOTER, DERIVED, PAGE

	}

	ArticleContent toContent(ArticleFile file) {
		return new ArticleContent(file.name(), file.sha256(), file.bytes(), headline,
				headlineSource == HeadlineSource.DERIVED, standfirst, byline, publishedOn, outlet, paragraphs,
				boilerplate, wordCount, metadata);
	}

}
