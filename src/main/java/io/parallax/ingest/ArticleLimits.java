package io.parallax.ingest;

import io.parallax.stories.ParagraphContent;
import io.parallax.stories.ParagraphKind;

/**
 * The size budget of one article: what is too little text to be an article, and what is too much to analyse in
 * bounded time. The cheap checks run on the decoded text before the parser and the language models see it (their
 * cost grows faster than the length of a word or a paragraph); the rest on what the parser found.
 *
 * @param minWords fewer words of body text than this is not an article (a headline alone, a stray "x")
 * @param minSentences nor is a body of fewer sentences
 * @param maxWords more words than this is refused as too long to analyse
 * @param maxSentences more sentences than this is refused likewise (many tiny paragraphs)
 * @param maxWordLength a longer run of characters without a space is no word of an article
 */
record ArticleLimits(int minWords, int minSentences, int maxWords, int maxSentences, int maxWordLength) {

	/** Before parsing: counts words and the longest run without a space, in one pass each. */
	void checkText(String text) throws UnreadableArticleException {
		int longest = longestRunWithoutSpace(text);
		if (longest > maxWordLength) {
			throw new UnreadableArticleException(("too long to analyse: a run of %,d characters without a space "
					+ "(the limit is %,d); an article's words are shorter").formatted(longest, maxWordLength));
		}
		int words = TextShapes.words(text);
		if (words > maxWords) {
			throw new UnreadableArticleException("too long to analyse: %,d words; the limit is %,d words per article"
				.formatted(words, maxWords));
		}
		if (words < minWords) {
			throw new UnreadableArticleException("too little text to be an article: %d %s; %s".formatted(words,
					words == 1 ? "word" : "words", needs()));
		}
	}

	/** After parsing: enough body text, not too many sentences. */
	void checkParsed(ParsedArticle article) throws UnreadableArticleException {
		int sentences = article.paragraphs().stream().mapToInt(p -> p.sentences().size()).sum();
		if (sentences > maxSentences || article.paragraphs().size() > maxSentences) {
			throw new UnreadableArticleException("too long to analyse: %,d sentences in %,d paragraphs; the limit is %,d"
				.formatted(sentences, article.paragraphs().size(), maxSentences));
		}
		int bodyWords = article.paragraphs().stream()
			.filter(p -> p.kind() == ParagraphKind.TEXT)
			.map(ParagraphContent::text)
			.mapToInt(TextShapes::words)
			.sum();
		if (bodyWords < minWords || sentences < minSentences) {
			throw tooLittle(bodyWords, sentences);
		}
	}

	private UnreadableArticleException tooLittle(int words, int sentences) {
		return new UnreadableArticleException("too little text to be an article: %d %s in %d %s of body text; %s"
			.formatted(words, words == 1 ? "word" : "words", sentences, sentences == 1 ? "sentence" : "sentences",
					needs()));
	}

	private String needs() {
		return "an article needs at least %d words in %d sentences".formatted(minWords, minSentences);
	}

	private static int longestRunWithoutSpace(String text) {
		int longest = 0;
		int run = 0;
		for (int i = 0; i < text.length(); i++) {
			run = Character.isWhitespace(text.charAt(i)) ? 0 : run + 1;
			longest = Math.max(longest, run);
		}
		return longest;
	}

}
