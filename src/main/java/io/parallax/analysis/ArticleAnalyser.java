package io.parallax.analysis;

import java.util.List;

import io.parallax.stories.ArticleText;
import io.parallax.text.NameTagger;
import io.parallax.text.TokenTagger;

import org.springframework.stereotype.Component;

/**
 * Analyses one article: names, then quotes and cited sources (which need the names), then numbers and dates.
 */
@Component
class ArticleAnalyser {

	private final MentionFinder mentions;

	private final QuoteFinder quotes = new QuoteFinder();

	private final AttributionFinder attributions = new AttributionFinder();

	private final QuantityFinder quantities;

	ArticleAnalyser(TokenTagger tagger, NameTagger names) {
		this.mentions = new MentionFinder(tagger, names);
		this.quantities = new QuantityFinder(tagger);
	}

	ArticleFindings analyse(ArticleText article) {
		List<NameMention> names = mentions.findAll(article.id(), article.sentences());
		ArticleContext context = new ArticleContext(article, names);
		return new ArticleFindings(names, quotes.find(context), attributions.find(context), quantities.find(article));
	}

}
