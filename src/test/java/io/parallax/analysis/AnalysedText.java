package io.parallax.analysis;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.NameTagger;
import io.parallax.text.SentenceSpan;
import io.parallax.text.SentenceSplitter;
import io.parallax.text.TaggedToken;
import io.parallax.text.TokenTagger;

/**
 * A short article, given as paragraphs, run through the finders as an import runs them: sentences, names, then
 * quotes. The models load once for all the tests that use it.
 */
final class AnalysedText {

	private static final SentenceSplitter SPLITTER = new SentenceSplitter();

	private static final TokenTagger TAGGER = new TokenTagger();

	private static final MentionFinder MENTIONS = new MentionFinder(new NameTagger());

	final ArticleText article;

	final ArticleContext context;

	private AnalysedText(ArticleText article) {
		this.article = article;
		this.context = new ArticleContext(article, MENTIONS.findAll(article.id(), article.sentences(), tags(article)));
	}

	/** Each sentence's tagged tokens, as the article's analysis tags them once for every finder. */
	static List<List<TaggedToken>> tags(ArticleText article) {
		return article.sentences().stream().map(s -> TAGGER.tag(s.text())).toList();
	}

	static AnalysedText of(String... paragraphs) {
		return from("test.txt", null, paragraphs);
	}

	/** An article from the outlet its file name or its outlet names. */
	static AnalysedText from(String sourceFile, String outlet, String... paragraphs) {
		List<SentenceText> sentences = new ArrayList<>();
		long id = 1;
		for (int p = 0; p < paragraphs.length; p++) {
			for (SentenceSpan span : SPLITTER.split(paragraphs[p])) {
				sentences.add(new SentenceText(id++, p, sentences.size(), span.start(), span.text()));
			}
		}
		return new AnalysedText(new ArticleText(1L, 1L, sourceFile, "0", outlet, LocalDate.of(2020, 1, 15), sentences));
	}

	List<FoundQuote> quotes() {
		return new QuoteFinder().find(context);
	}

	/** Who the quote that starts with these words is given to, or null. */
	String speakerOf(String opening) {
		return quotes().stream()
			.filter(q -> q.text().startsWith(opening))
			.findFirst()
			.orElseThrow(() -> new AssertionError("no quote starts with " + opening + " in " + quotes()))
			.speaker();
	}

	List<NameMention> mentions() {
		List<NameMention> all = new ArrayList<>();
		article.sentences().forEach(s -> all.addAll(context.mentionsIn(s)));
		return all;
	}

}
