package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.NameTagger;
import io.parallax.text.TaggedToken;
import io.parallax.text.TokenTagger;

import org.springframework.stereotype.Component;

/**
 * Analyses one article: names, then quotes and cited sources (which need the names), then numbers and dates, and
 * the clauses each sentence states. Each sentence is tagged once: the names, the numbers and dates and the clauses
 * are read from the same tags.
 */
@Component
class ArticleAnalyser {

	private final TokenTagger tagger;

	private final MentionFinder mentions;

	private final QuoteFinder quotes = new QuoteFinder();

	private final AttributionFinder attributions = new AttributionFinder();

	private final QuantityFinder quantities = new QuantityFinder();

	ArticleAnalyser(TokenTagger tagger, NameTagger names) {
		this.tagger = tagger;
		this.mentions = new MentionFinder(names);
	}

	ArticleFindings analyse(ArticleText article) {
		List<SentenceText> sentences = article.sentences();
		List<List<TaggedToken>> tokens = sentences.stream().map(s -> tagger.tag(s.text())).toList();
		List<NameMention> names = mentions.findAll(article.id(), sentences, tokens);
		ArticleContext context = new ArticleContext(article, names);
		return new ArticleFindings(PartyMentions.addedTo(article.id(), names, sentences, tokens), quotes.find(context),
				attributions.find(context),
				quantities.find(article, tokens), clauses(sentences, tokens));
	}

	private static List<FoundClause> clauses(List<SentenceText> sentences, List<List<TaggedToken>> tokens) {
		List<FoundClause> clauses = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			List<String> split = ClauseSplitter.split(sentences.get(i).text(), tokens.get(i));
			for (int position = 0; position < split.size(); position++) {
				clauses.add(new FoundClause(sentences.get(i).id(), position, split.get(position)));
			}
		}
		return clauses;
	}

}
