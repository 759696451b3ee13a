package io.parallax.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.parallax.analysis.SentenceFacts.Quantity;

/**
 * Where the articles of a claim give different periods: a term of office, the years a filing covers. A sentence's
 * two dates are otherwise two facts, which {@link Differences} leaves uncompared.
 */
final class Periods {

	private Periods() {
	}

	/**
	 * Periods differ when two articles, each giving one period outside its quotations (its two ends the sentence's only
	 * dates: "served from 1967 to 1979" against "held the seat from 1966 to 1978"), give different ends: firm when all
	 * ends are calendar dates at one precision and each period is of what the others' sentences tell, else worth
	 * checking. A sentence's two dates are otherwise two facts, and not compared.
	 */
	static Optional<ClaimDifference> of(DraftClaim claim) {
		Map<Long, Period> periods = new LinkedHashMap<>();
		Map<Long, String> sentences = new HashMap<>();
		Set<Long> twoPeriods = new HashSet<>();
		for (ClaimSentence sentence : claim.sentences()) {
			List<Quantity> dates = sentence.facts().quantities().stream()
				.filter(q -> q.kind().equals("DATE") && !q.vague() && !Differences.quoted(q.text(), sentence))
				.toList();
			Period.of(dates, sentence.text()).ifPresent(period -> {
				Period first = periods.putIfAbsent(sentence.articleId(), period);
				sentences.putIfAbsent(sentence.articleId(), sentence.text());
				if (first != null && !first.sameAs(period)) {
					twoPeriods.add(sentence.articleId());
				}
			});
		}
		// an article that gives two periods ("lieutenant governor from 1993 to 1996", "governor from 1996 to 2007")
		// tells two facts: which of them another article's period is of, the claim does not say
		periods.keySet().removeAll(twoPeriods);
		List<Period> given = new ArrayList<>(periods.values());
		boolean differ = given.stream().anyMatch(a -> given.stream().anyMatch(b -> !a.sameAs(b)));
		if (periods.size() < 2 || !differ) {
			return Optional.empty();
		}
		List<Quantity> ends = given.stream().flatMap(p -> Stream.of(p.from(), p.to())).toList();
		Map<Long, Quantity> starts = new LinkedHashMap<>();
		Map<Long, String> texts = new LinkedHashMap<>();
		periods.forEach((article, period) -> {
			starts.put(article, period.from());
			texts.put(article, period.text());
		});
		return Optional.of(new ClaimDifference("DATE", texts,
				Differences.firmDates(ends) && Differences.onePrecision(ends)
						&& Differences.valuesOfOneFact(starts, sentences)));
	}

	/** A period one sentence gives, its two ends as found. */
	private record Period(Quantity from, Quantity to, String text) {

		/**
		 * The sentence's one period: its only two dates, joined as a period's ends ("from 1967 to 1979", "between 2006
		 * and 2011", "1967–1979").
		 */
		static Optional<Period> of(List<Quantity> dates, String sentence) {
			if (dates.size() != 2) {
				return Optional.empty();
			}
			String first = dates.get(0).text();
			String second = dates.get(1).text();
			int from = sentence.indexOf(first);
			int to = from < 0 ? -1 : sentence.indexOf(second, from + first.length());
			if (to < 0) {
				return Optional.empty();
			}
			String between = sentence.substring(from + first.length(), to);
			boolean joined = DASH.matcher(between).matches()
					|| OPENED.matcher(sentence.substring(0, from)).find() && JOINED.matcher(between).matches();
			return joined ? Optional.of(new Period(dates.get(0), dates.get(1),
					sentence.substring(from, to + second.length()))) : Optional.empty();
		}

		boolean sameAs(Period other) {
			return Differences.sameDay(from, other.from) && Differences.sameDay(to, other.to);
		}

	}

	private static final Pattern JOINED = Pattern.compile("(?i)\\s*(?:to|through|until|and|[–—-])\\s*");

	private static final Pattern OPENED = Pattern.compile("(?i)\\b(?:from|between)\\s+$");

	private static final Pattern DASH = Pattern.compile("\\s*[–—-]\\s*");

}
