package io.parallax.stories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * One article with everything the parser kept of it.
 */
public record ArticlePage(Long id, String storySlug, String storyTitle, String sourceFile, String sha256, String headline,
		boolean headlineDerived, String standfirst, String byline, LocalDate publishedOn, String outlet,
		int wordCount, Instant retiredAt, List<Paragraph> paragraphs, List<SentenceLine> sentences,
		List<String> boilerplate, Curation curation, List<MetadataValue> metadata) {

	/** What an admin set in place of the parsed outlet or date; all null when nothing was set. */
	public record Curation(boolean outlet, boolean date, String outletUrl, String by) {

		public boolean any() {
			return outlet || date;
		}

	}

	public record Paragraph(ParagraphKind kind, String text) {

		public boolean heading() {
			return kind == ParagraphKind.HEADING;
		}

	}

	/**
	 * @param start where the sentence starts in its paragraph
	 */
	public record SentenceLine(Long id, int paragraph, int position, int start, String text) {
	}

	static ArticlePage of(Article article) {
		Story story = article.getStory();
		return new ArticlePage(article.getId(), story.getSlug(), story.getTitle(), article.getSourceFile(),
				article.getSha256(), article.getHeadline(), article.isHeadlineDerived(), article.getStandfirst(),
				article.getByline(), article.getPublishedOn(), article.getOutlet(), article.getWordCount(),
				article.getRetiredAt(),
				article.getParagraphs().stream().map(p -> new Paragraph(p.getKind(), p.getText())).toList(),
				article.getSentences()
					.stream()
					.map(s -> new SentenceLine(s.getId(), s.getParagraphPosition(), s.getPosition(), s.getStartOffset(),
							s.getText()))
					.toList(),
				List.copyOf(article.getBoilerplate()), new Curation(article.isOutletCurated(), article.isDateCurated(),
						article.getCuratedOutletUrl(), article.getCuratedBy()),
				article.getMetadata());
	}

}
