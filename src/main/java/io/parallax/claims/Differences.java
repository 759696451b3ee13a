package io.parallax.claims;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.analysis.SentenceFacts;
import io.parallax.dates.CalendarNames;
import io.parallax.analysis.SentenceFacts.Quantity;
import io.parallax.analysis.SentenceFacts.QuoteFact;

/**
 * Finds where the articles of a claim disagree: on a number, a date or time, a quote's wording, who said it, or
 * how sure it is ("will meet" against "could meet", "coming days" against "weeks away"). An article that gives no
 * value is not counted as disagreeing: leaving a detail out is an omission, not a contradiction.
 */
final class Differences {

	private static final Pattern HEDGE = Pattern.compile("(?i)\\b(could|might|may|possible|possibly|potential|likely|"
			+ "expected|reportedly|hinted|suggest(?:s|ed)?|prospect|chance)\\b");

	private static final Pattern FIRM = Pattern.compile("(?i)\\b(will|have agreed|has agreed|agreed|confirmed|announced|"
			+ "are set to|is set to|set to)\\b");

	private static final Pattern WEEKDAY = Pattern.compile("(" + CalendarNames.WEEKDAYS + ")");

	private static final Pattern TIMING = Pattern.compile("(?i)\\b(coming days|next few days|in the coming days|"
			+ "next week|weeks away|days away|within \\d+ hours)\\b");

	private Differences() {
	}

	static List<ClaimDifference> of(DraftClaim claim) {
		List<ClaimDifference> differences = new ArrayList<>();
		if (claim.articles().size() < 2) {
			return differences;
		}
		numbers(claim).ifPresent(differences::add);
		dates(claim).ifPresent(differences::add);
		differ(claim, "WORDING", s -> quoteWordings(s.facts()), Differences::normal).ifPresent(differences::add);
		speakers(claim).ifPresent(differences::add);
		differ(claim, "CERTAINTY", Differences::certainty, v -> HEDGE.matcher(v).find()
				? "hedged" : "firm").ifPresent(differences::add);
		return differences;
	}

	/** Each article's value; a difference when at least two articles give values and they are not all equal. */
	private static java.util.Optional<ClaimDifference> differ(DraftClaim claim, String kind,
			Function<ClaimSentence, String> value, Function<String, String> comparable) {
		Map<Long, String> values = new LinkedHashMap<>();
		for (ClaimSentence sentence : claim.sentences()) {
			String v = value.apply(sentence);
			if (v != null && !v.isBlank()) {
				values.merge(sentence.articleId(), v, (x, y) -> x.equals(y) ? x : x + "; " + y);
			}
		}
		Set<String> distinct = new LinkedHashSet<>();
		values.values().forEach(v -> distinct.add(comparable.apply(v)));
		return values.size() >= 2 && distinct.size() >= 2 ? java.util.Optional.of(new ClaimDifference(kind, values))
				: java.util.Optional.empty();
	}

	/**
	 * A number differs when two articles give one of the same measure ({@link Quantity#measure()}) and the values
	 * differ: "four trips" against "the fifth trip", not "$200m" against "£150m" (the same sum in two currencies),
	 * nor "two sides" against "three rounds". Durations compare in hours, so that "in a day" agrees with "within 24
	 * hours".
	 */
	private static java.util.Optional<ClaimDifference> numbers(DraftClaim claim) {
		Map<String, Map<Long, Quantity>> byMeasure = new LinkedHashMap<>();
		for (ClaimSentence sentence : claim.sentences()) {
			for (Quantity quantity : sentence.facts().quantities()) {
				if (quantity.measure() != null) {
					byMeasure.computeIfAbsent(quantity.measure(), k -> new LinkedHashMap<>())
						.putIfAbsent(sentence.articleId(), quantity);
				}
			}
		}
		for (Map<Long, Quantity> values : byMeasure.values()) {
			Set<java.math.BigDecimal> distinct = new java.util.HashSet<>();
			values.values().forEach(q -> distinct.add(normalised(q)));
			if (values.size() >= 2 && distinct.size() >= 2) {
				Map<Long, String> texts = new LinkedHashMap<>();
				values.forEach((article, q) -> texts.put(article, q.text()));
				return java.util.Optional.of(new ClaimDifference("NUMBER", texts));
			}
		}
		return java.util.Optional.empty();
	}

	private static java.math.BigDecimal normalised(Quantity quantity) {
		if (!quantity.kind().equals("DURATION") || quantity.unit() == null) {
			return quantity.value().stripTrailingZeros();
		}
		int hours = switch (quantity.unit()) {
			case "day" -> 24;
			case "week" -> 168;
			case "month" -> 720;
			case "year" -> 8760;
			case "decade" -> 87600;
			default -> 1;
		};
		return quantity.value().multiply(java.math.BigDecimal.valueOf(hours)).stripTrailingZeros();
	}

	/**
	 * Dates differ when two articles name different weekdays, different dates, or different times ahead ("coming
	 * days" against "next few days") for the same claim; each kind is compared only between articles that give it.
	 */
	private static java.util.Optional<ClaimDifference> dates(DraftClaim claim) {
		Map<String, Map<Long, String>> byKind = new LinkedHashMap<>();
		for (ClaimSentence sentence : claim.sentences()) {
			for (Quantity quantity : sentence.facts().quantities()) {
				if (quantity.kind().equals("DATE")) {
					Matcher weekday = WEEKDAY.matcher(quantity.text());
					String kind = weekday.find() ? "weekday" : quantity.text().matches(".*\\d.*") ? "date" : "relative";
					String value = weekday.reset().find() ? weekday.group(1) : quantity.text();
					byKind.computeIfAbsent(kind, k -> new LinkedHashMap<>()).merge(sentence.articleId(), value, Differences::both);
				}
			}
			Matcher timing = TIMING.matcher(sentence.text());
			while (timing.find()) {
				String phrase = timing.group(1).toLowerCase(Locale.ROOT).replaceFirst("^(in the |as early as )", "");
				byKind.computeIfAbsent("timing", k -> new LinkedHashMap<>()).merge(sentence.articleId(), phrase, Differences::both);
			}
		}
		for (Map<Long, String> values : byKind.values()) {
			Set<String> distinct = new LinkedHashSet<>();
			values.values().forEach(v -> distinct.add(normal(v)));
			if (values.size() >= 2 && distinct.size() >= 2) {
				return java.util.Optional.of(new ClaimDifference("DATE", values));
			}
		}
		return java.util.Optional.empty();
	}

	private static String both(String a, String b) {
		return a.equals(b) || a.contains(b) ? a : a + "; " + b;
	}

	private static String quoteWordings(SentenceFacts facts) {
		return join(facts.quotes().stream().filter(q -> q.groupId() != null).map(QuoteFact::text).toList());
	}

	/**
	 * Who said it differs when articles attribute the same claim's quotes to different people: compared by entity
	 * where the speaker is one ("a Kremlin aide" and "Yuri Ushakov" are one man), else by surname.
	 */
	private static java.util.Optional<ClaimDifference> speakers(DraftClaim claim) {
		Map<Long, String> shown = new LinkedHashMap<>();
		Map<Long, Set<String>> who = new LinkedHashMap<>();
		for (ClaimSentence sentence : claim.sentences()) {
			for (QuoteFact quote : sentence.facts().quotes()) {
				if (quote.speaker() == null) {
					continue;
				}
				shown.merge(sentence.articleId(), quote.speaker(), Differences::both);
				who.computeIfAbsent(sentence.articleId(), k -> new java.util.TreeSet<>())
					.add(quote.speakerEntityId() != null ? "#" + quote.speakerEntityId() : withoutTitles(quote.speaker()));
			}
		}
		List<Set<String>> sets = new ArrayList<>(who.values());
		boolean differ = false;
		for (int i = 0; i < sets.size() && !differ; i++) {
			for (int j = i + 1; j < sets.size() && !differ; j++) {
				differ = java.util.Collections.disjoint(sets.get(i), sets.get(j));
			}
		}
		return differ ? java.util.Optional.of(new ClaimDifference("SPEAKER", shown)) : java.util.Optional.empty();
	}

	private static String certainty(ClaimSentence sentence) {
		Matcher hedge = HEDGE.matcher(sentence.text());
		if (hedge.find()) {
			return hedge.group(1).toLowerCase(Locale.ROOT);
		}
		Matcher firm = FIRM.matcher(sentence.text());
		return firm.find() ? firm.group(1).toLowerCase(Locale.ROOT) : null;
	}

	/** "Trump" and "Donald Trump" are one speaker: compare surnames. */
	private static String withoutTitles(String speakers) {
		return java.util.Arrays.stream(speakers.split("; "))
			.map(s -> s.substring(s.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT))
			.sorted()
			.distinct()
			.reduce((a, b) -> a + ";" + b)
			.orElse("");
	}

	private static String join(List<String> values) {
		return values.isEmpty() ? null : String.join("; ", values);
	}

	private static String normal(String value) {
		return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}; ]", "").replaceAll("\\s+", " ").strip();
	}

}
