package io.parallax.analysis;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;

/**
 * Finds money, percentages, counts, durations and dates in an article's sentences; dates are resolved against
 * the publication date when the article states one.
 */
class QuantityFinder {

	private static final String NUMBER = "\\d[\\d,]*(?:\\.\\d+)?";

	private static final String CURRENCY = "US\\$|A\\$|C\\$|NZ\\$|HK\\$|S\\$|\\$|£|€|¥|₹|Rp\\s?";

	private static final Map<String, String> CURRENCIES = Map.ofEntries(Map.entry("$", "USD"), Map.entry("US$", "USD"),
			Map.entry("A$", "AUD"), Map.entry("C$", "CAD"), Map.entry("NZ$", "NZD"), Map.entry("HK$", "HKD"),
			Map.entry("S$", "SGD"), Map.entry("£", "GBP"), Map.entry("€", "EUR"), Map.entry("¥", "JPY"),
			Map.entry("₹", "INR"), Map.entry("Rp", "IDR"), Map.entry("dollars", "USD"), Map.entry("euros", "EUR"),
			Map.entry("pounds", "GBP"), Map.entry("rupiah", "IDR"), Map.entry("roubles", "RUB"), Map.entry("rubles", "RUB"),
			Map.entry("yuan", "CNY"), Map.entry("yen", "JPY"), Map.entry("hryvnias", "UAH"));

	private static final Pattern MONEY = Pattern.compile("(" + CURRENCY + ")\\s?(" + NUMBER
			+ ")(?:\\s?(million|billion|trillion|bn|mn|m|k)\\b)?|\\b(" + NUMBER
			+ ")\\s?(million|billion|trillion)?\\s(dollars|euros|pounds|rupiah|roubles|rubles|yuan|yen|hryvnias)\\b");

	private static final Pattern PERCENT = Pattern.compile("\\b(" + NUMBER + ")\\s?(%|percent\\b|per cent\\b)");

	private static final String UNIT = "(second|minute|hour|day|week|month|year|decade)s?";

	private static final Pattern DURATION = Pattern.compile("(?i)\\b(" + NUMBER + "|" + Numbers.WORDS.replace("|a couple of", "")
			+ "|a|an|half an?)(?:-and-a-half|\\s+and\\s+a\\s+half)?[-\\s]" + UNIT + "\\b(?:-long)?");

	private static final Pattern COUNT = Pattern.compile("(?i)\\b(" + NUMBER + "|" + Numbers.WORDS.replace("|a couple of|a few|several", "")
			+ ")\\s+(?:of\\s+)?(?:(?:[\\p{L}’'-]+)\\s+){0,2}?((?![a-z]*(?:ous|ss)\\b)[a-z]+s|people|children|men|women)\\b");

	private static final Pattern ORDINAL = Pattern
		.compile("(?i)\\b(?:the|its|their|his|her|a)\\s+(" + Numbers.ORDINALS + ")\\s+(time|round|day|week|month|year|visit|"
				+ "trip|attempt|meeting|term|anniversary)\\b");

	private final DateFinder dates = new DateFinder();

	List<FoundQuantity> find(ArticleText article) {
		List<FoundQuantity> found = new ArrayList<>();
		for (SentenceText sentence : article.sentences()) {
			List<FoundQuantity> inSentence = new ArrayList<>();
			money(article, sentence, inSentence);
			add(inSentence, percents(article, sentence));
			add(inSentence, dates.find(article, sentence));
			add(inSentence, durations(article, sentence));
			add(inSentence, counts(article, sentence));
			inSentence.sort(java.util.Comparator.comparingInt(FoundQuantity::start));
			found.addAll(inSentence);
		}
		return found;
	}

	/** Keeps the first reading of any stretch of text: "$200 million" is money, not also a count. */
	private static void add(List<FoundQuantity> found, List<FoundQuantity> more) {
		for (FoundQuantity quantity : more) {
			boolean overlaps = found.stream().anyMatch(f -> f.start() < quantity.end() && quantity.start() < f.end());
			if (!overlaps) {
				found.add(quantity);
			}
		}
	}

	private static void money(ArticleText article, SentenceText sentence, List<FoundQuantity> found) {
		Matcher m = MONEY.matcher(sentence.text());
		while (m.find()) {
			boolean symbol = m.group(1) != null;
			BigDecimal value = Numbers.scaled(Numbers.value(symbol ? m.group(2) : m.group(4)),
					symbol ? m.group(3) : m.group(5));
			String currency = CURRENCIES.get(symbol ? m.group(1).strip() : m.group(6).toLowerCase());
			found.add(quantity(article, sentence, QuantityKind.MONEY, m, value, currency));
		}
	}

	private static List<FoundQuantity> percents(ArticleText article, SentenceText sentence) {
		List<FoundQuantity> found = new ArrayList<>();
		Matcher m = PERCENT.matcher(sentence.text());
		while (m.find()) {
			found.add(quantity(article, sentence, QuantityKind.PERCENT, m, Numbers.value(m.group(1)), "%"));
		}
		return found;
	}

	private static List<FoundQuantity> durations(ArticleText article, SentenceText sentence) {
		List<FoundQuantity> found = new ArrayList<>();
		Matcher m = DURATION.matcher(sentence.text());
		while (m.find()) {
			BigDecimal value = m.group(1).toLowerCase().startsWith("half") ? new BigDecimal("0.5") : Numbers.value(m.group(1));
			if (m.group(0).matches("(?i).*(-and-a-half|and a half).*") && value != null) {
				value = value.add(new BigDecimal("0.5"));
			}
			found.add(quantity(article, sentence, QuantityKind.DURATION, m, value, m.group(2).toLowerCase()));
		}
		return found;
	}

	private static List<FoundQuantity> counts(ArticleText article, SentenceText sentence) {
		List<FoundQuantity> found = new ArrayList<>();
		Matcher ordinal = ORDINAL.matcher(sentence.text());
		while (ordinal.find()) {
			found.add(quantity(article, sentence, QuantityKind.COUNT, ordinal, Numbers.value(ordinal.group(1)),
					ordinal.group(2).toLowerCase()));
		}
		Matcher m = COUNT.matcher(sentence.text());
		while (m.find()) {
			if (m.group(1).matches("\\d{4}") && m.group(1).matches("(19|20)\\d\\d")) {
				continue;
			}
			found.add(quantity(article, sentence, QuantityKind.COUNT, m, Numbers.value(m.group(1)),
					m.group(2).toLowerCase()));
		}
		return found;
	}

	static FoundQuantity quantity(ArticleText article, SentenceText sentence, QuantityKind kind, Matcher m,
			BigDecimal value, String unit) {
		return new FoundQuantity(article.id(), sentence.id(), kind, m.group(0).strip(), value, unit, null, m.start(),
				m.end());
	}

}
