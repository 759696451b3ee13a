package io.parallax.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.analysis.CountFinder.Count;
import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.Numbers;
import io.parallax.text.TaggedToken;

/**
 * Finds money, percentages, dates, durations and counts in an article's sentences. Where two readings overlap the
 * first one found stands, in that order: "$200 million" is money and not also a count, "a day earlier" a date and
 * not a duration, "a second meeting" a count and not a duration of one second, "a 49-year-old" an age and not a
 * duration.
 */
class QuantityFinder {

	private static final String CURRENCY = "US\\$|A\\$|C\\$|NZ\\$|HK\\$|S\\$|\\$|£|€|¥|₹|Rp\\s?";

	private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("$", "USD"), Map.entry("US$", "USD"),
			Map.entry("A$", "AUD"), Map.entry("C$", "CAD"), Map.entry("NZ$", "NZD"), Map.entry("HK$", "HKD"),
			Map.entry("S$", "SGD"), Map.entry("£", "GBP"), Map.entry("€", "EUR"), Map.entry("¥", "JPY"),
			Map.entry("₹", "INR"), Map.entry("Rp", "IDR"), Map.entry("dollars", "USD"), Map.entry("euros", "EUR"),
			Map.entry("pounds", "GBP"), Map.entry("rupiah", "IDR"), Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"),
			Map.entry("yuan", "CNY"), Map.entry("yen", "JPY"), Map.entry("hryvnias", "UAH"));

	private static final String CURRENCY_WORDS = "dollars|euros|pounds|rupiah|roubles|rubles|yuan|yen|hryvnias";

	/**
	 * "$2.4bn", "$19 and $22 million" (the first takes the second's scale), "5 million euros", "billions of
	 * dollars". "215 pounds" without a scale is a weight.
	 */
	private static final Pattern MONEY = Pattern.compile("(" + CURRENCY + ")\\s?(" + Numbers.DIGITS
			+ ")(?:\\s?(million|billion|trillion|bn|mn|m|k)\\b|(?=\\s+(?:to|and|or)\\s+\\$?[\\d.,]+\\s+(million|billion|trillion)))?"
			+ "|\\b(" + Numbers.DIGITS + "|" + Numbers.WORDS + ")\\s?(million|billion|trillion)?\\s(" + CURRENCY_WORDS + ")\\b"
			+ "|(?i)\\b(" + Numbers.VAGUE + ")\\s+of\\s+(" + CURRENCY_WORDS + ")\\b");

	private static final Pattern PERCENT = Pattern.compile("\\b(" + Numbers.DIGITS + ")\\s?(%|percent\\b|per cent\\b)");

	private static final String UNIT = "(second|minute|hour|day|week|month|year|decade|semester)s?";

	private static final Pattern DURATION = Pattern.compile("(?i)\\b(" + Numbers.DIGITS + "|" + Numbers.WORDS
			+ "|a|an|half\\s+an?)(-and-a-half|\\s+and\\s+a\\s+half)?[-\\s]" + UNIT
			+ "\\b(?:-long|-old)?(\\s+and\\s+(?:a\\s+)?half)?|\\b(hour|day|week|month|year)-long\\b");

	/** "between 46 and 57 months", "18 to 24 months": the first number takes the second's unit. */
	private static final Pattern RANGE_START = Pattern
		.compile("(?i)\\b(" + Numbers.DIGITS + "|" + Numbers.WORDS + ")\\s*(?:to|and|or|through|-|–)\\s*$");

	/** @param tagged each sentence's tagged tokens, as the article's analysis already has them */
	List<FoundQuantity> find(ArticleText article, List<List<TaggedToken>> tagged) {
		List<FoundQuantity> found = new ArrayList<>();
		DateFinder dates = new DateFinder(article);
		for (int i = 0; i < article.sentences().size(); i++) {
			SentenceText sentence = article.sentences().get(i);
			List<TaggedToken> tokens = tagged.get(i);
			Sentence in = new Sentence(article, sentence);
			in.add(money(in));
			in.add(percents(in));
			in.add(dates.next(sentence, () -> tokens));
			in.add(counts(in, CountFinder.ordinals(sentence.text(), tokens)));
			in.add(counts(in, CountFinder.ages(sentence.text())));
			in.add(counts(in, CountFinder.tallies(sentence.text())));
			in.add(durations(in));
			in.add(counts(in, CountFinder.compounds(sentence.text())));
			in.add(counts(in, CountFinder.cardinals(sentence.text(), tokens)));
			in.add(counts(in, CountFinder.largeFigures(sentence.text())));
			in.add(rangeStarts(in));
			in.found.sort(Comparator.comparingInt(FoundQuantity::start));
			found.addAll(in.found);
		}
		return found;
	}

	/** The quantities of one sentence as they are found. */
	private record Sentence(ArticleText article, SentenceText sentence, List<FoundQuantity> found) {

		Sentence(ArticleText article, SentenceText sentence) {
			this(article, sentence, new ArrayList<>());
		}

		String text() {
			return sentence.text();
		}

		/** Keeps the first reading of any stretch of text. */
		void add(List<FoundQuantity> more) {
			for (FoundQuantity quantity : more) {
				if (found.stream().noneMatch(quantity::overlaps)) {
					found.add(quantity);
				}
			}
		}

		FoundQuantity quantity(QuantityKind kind, String text, BigDecimal value, String unit, boolean vague, int start,
				int end) {
			return new FoundQuantity(article.id(), sentence.id(), kind, text.strip(), value, unit, null, null, vague,
					start, end);
		}

	}

	private static List<FoundQuantity> money(Sentence in) {
		List<FoundQuantity> found = new ArrayList<>();
		Matcher m = MONEY.matcher(in.text());
		while (m.find()) {
			if (m.group(8) != null) {
				found.add(in.quantity(QuantityKind.MONEY, m.group(), Numbers.value(m.group(8)),
						CURRENCIES.get(m.group(9).toLowerCase()), true, m.start(), m.end()));
				continue;
			}
			boolean symbol = m.group(1) != null;
			String scale = symbol ? (m.group(3) != null ? m.group(3) : m.group(4)) : m.group(6);
			if (!symbol && m.group(7).equalsIgnoreCase("pounds") && scale == null) {
				continue;
			}
			BigDecimal value = Numbers.scaled(Numbers.value(symbol ? m.group(2) : m.group(5)), scale);
			String currency = CURRENCIES.get(symbol ? m.group(1).strip() : m.group(7).toLowerCase());
			found.add(in.quantity(QuantityKind.MONEY, m.group(), value, currency, false, m.start(), m.end()));
		}
		return found;
	}

	private static List<FoundQuantity> percents(Sentence in) {
		List<FoundQuantity> found = new ArrayList<>();
		Matcher m = PERCENT.matcher(in.text());
		while (m.find()) {
			found.add(in.quantity(QuantityKind.PERCENT, m.group(), Numbers.value(m.group(1)), "%", false, m.start(),
					m.end()));
		}
		return found;
	}

	private static List<FoundQuantity> durations(Sentence in) {
		List<FoundQuantity> found = new ArrayList<>();
		Matcher m = DURATION.matcher(in.text());
		while (m.find()) {
			if (m.group(5) != null) {
				found.add(in.quantity(QuantityKind.DURATION, m.group(), BigDecimal.ONE, m.group(5).toLowerCase(), false,
						m.start(), m.end()));
				continue;
			}
			BigDecimal value = m.group(1).toLowerCase().startsWith("half") ? new BigDecimal("0.5") : Numbers.value(m.group(1));
			if ((m.group(2) != null || m.group(4) != null) && value != null) {
				value = value.add(new BigDecimal("0.5"));
			}
			found.add(in.quantity(QuantityKind.DURATION, m.group(), value, m.group(3).toLowerCase(), false, m.start(),
					m.end()));
		}
		return found;
	}

	private static List<FoundQuantity> counts(Sentence in, List<Count> counts) {
		return counts.stream()
			.map(c -> in.quantity(QuantityKind.COUNT, c.text(), c.value(), c.noun(), c.vague(), c.start(), c.end()))
			.toList();
	}

	private static List<FoundQuantity> rangeStarts(Sentence in) {
		List<FoundQuantity> found = new ArrayList<>();
		for (FoundQuantity end : in.found) {
			if (end.kind() == QuantityKind.DURATION || end.kind() == QuantityKind.COUNT && end.unit() != null) {
				Matcher m = RANGE_START.matcher(in.text().substring(0, end.start()));
				BigDecimal value = m.find() ? Numbers.value(m.group(1)) : null;
				if (value != null) {
					found.add(in.quantity(end.kind(), m.group(1), value, end.unit(), false, m.start(1), m.end(1)));
				}
			}
		}
		return found;
	}

}
