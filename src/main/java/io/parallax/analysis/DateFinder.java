package io.parallax.analysis;

import java.util.List;
import java.util.function.Supplier;

import io.parallax.dates.DateReader;
import io.parallax.dates.TemporalExpression;
import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.TaggedToken;

/**
 * The dates of one article as quantities: each sentence's dates, read in order by the date module so that "a day
 * later" counts from the date before it, resolved against the publication date at the precision the text gives.
 */
final class DateFinder {

	private final ArticleText article;

	private final DateReader reader;

	DateFinder(ArticleText article) {
		this.article = article;
		this.reader = new DateReader(article.publishedOn());
	}

	/** The dates of the article's next sentence; call in reading order. */
	List<FoundQuantity> next(SentenceText sentence, Supplier<List<TaggedToken>> tokens) {
		return reader.read(sentence.text(), tokens).stream().map(date -> quantity(sentence, date)).toList();
	}

	private FoundQuantity quantity(SentenceText sentence, TemporalExpression date) {
		return new FoundQuantity(article.id(), sentence.id(), QuantityKind.DATE, date.text(), null, null, date.date(),
				date.precision(), false, date.start(), date.end());
	}

}
