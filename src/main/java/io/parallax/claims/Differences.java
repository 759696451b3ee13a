package io.parallax.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.parallax.dates.CalendarNames;
import io.parallax.dates.DatePrecision;
import io.parallax.analysis.SentenceFacts.Quantity;
import io.parallax.text.ContentWords;

/**
 * Finds where the articles of a claim disagree: on a number, a date or time, a place's name ({@link PlaceNames}), a
 * quote's wording, who said it, a vague time ahead ("coming days" against "weeks away"), or whether a step is still
 * ahead or taken ("is expected to plead guilty" against "pleaded guilty", {@link EventStatus}). How sure a sentence
 * sounds by its words alone ("could meet" against "have agreed") is not compared: on the development corpus, the
 * seeds and 81 other events every such difference but one was two facts' wording, not one fact's doubt. An article
 * that gives no value is not counted as disagreeing: leaving a detail out is an omission, not a
 * contradiction.
 * <p>
 * A firm difference is two values for the same slot of the same fact: the one number of a measure each sentence
 * gives (a rounded figure agrees with the exact one; figures more than twice apart are worth checking; a list's
 * figures item by item, {@link ItemisedFigures}), the one date each gives outside its quotations, written out as a
 * calendar date at one precision (a weekday or a relative day is worth checking); a place named nearly alike but
 * not alike; the words of one quoted statement in versions of comparable length (an excerpt agrees with the
 * whole). Who said one statement, a step ahead or taken and vague times ahead are worth checking, never flags.
 */
final class Differences {

	private static final Pattern WEEKDAY = Pattern.compile("(" + CalendarNames.WEEKDAYS + ")");

	/** A date written out: a month's name or a number (a day, a year), not only a weekday or a relative word. */
	private static final Pattern CALENDAR_DATE = Pattern.compile("\\d|\\b" + CalendarNames.MONTHS);

	/** What stands before a date that names an event: a determiner ("the 2003 invasion", "the Sept. 11 attacks"). */
	private static final Pattern DETERMINER_BEFORE = Pattern
		.compile("\\b(?i:the|a|an|its|his|her|their|our|this|that)\\s+$");

	/** What stands after it: a noun, written in lower case. */
	private static final Pattern NOUN_AFTER = Pattern.compile("^\\s+\\p{Ll}");

	private static final Pattern TIMING = Pattern.compile("(?i)\\b(coming days|next few days|in the coming days|"
			+ "next week|weeks away|days away|within \\d+ hours)\\b");

	private static final Pattern ORDINAL = Pattern.compile("(?i)\\b(?:first|second|third|fourth|fifth|sixth|seventh"
			+ "|eighth|ninth|tenth|\\d+(?:st|nd|rd|th))\\b");

	private static final Pattern BEFORE_NOW = Pattern.compile("(?i)^[^.;,]{0,30}?\\b(?:previously|before|already|earlier"
			+ "|prior)\\b");

	private Differences() {
	}

	/** As {@link #of(DraftClaim, Map)}, for articles that give no day of publication. */
	static List<ClaimDifference> of(DraftClaim claim) {
		return of(claim, Map.of());
	}

	/** @param publishedOn each article's day of publication, where known */
	static List<ClaimDifference> of(DraftClaim claim, Map<Long, LocalDate> publishedOn) {
		List<ClaimDifference> differences = new ArrayList<>();
		if (claim.articles().size() < 2) {
			return differences;
		}
		numbers(claim).or(() -> ItemisedFigures.of(claim)).ifPresent(differences::add);
		dates(claim, publishedOn).or(() -> Periods.of(claim)).ifPresent(differences::add);
		PlaceNames.of(claim).ifPresent(differences::add);
		QuotedStatements.of(claim).differences().stream().map(Differences::comparedAsRewordings).forEach(differences::add);
		EventStatus.of(claim).ifPresent(differences::add);
		return oneOfEachKind(differences);
	}

	/**
	 * Two versions of a quoted statement are compared as rewordings of it only when they are of comparable length: a
	 * few words against a whole sentence ("to senior campaign officials" against the 25 words of "A senior campaign
	 * official was directed to…") are an excerpt with its grammar fitted to the reporter's sentence, or another part
	 * of the source, which the reader cannot tell from a rewording: worth checking, not a flag. A version that joins
	 * excerpts with an ellipsis is as long as its longest excerpt.
	 */
	static ClaimDifference comparedAsRewordings(ClaimDifference difference) {
		if (!difference.kind().equals("WORDING") || !difference.firm()) {
			return difference;
		}
		List<Integer> lengths = difference.values().values().stream().map(Differences::wordCount).toList();
		int shortest = lengths.stream().min(Integer::compare).orElse(0);
		int longest = lengths.stream().max(Integer::compare).orElse(0);
		return shortest * 2 >= longest ? difference : new ClaimDifference("WORDING", difference.values(), false);
	}

	/**
	 * The words of a version's longest part: an ellipsis joins excerpts ("I did these things. … I used money that
	 * should have been used"), and a shorter version is an excerpt of one of them, compared with that part alone.
	 */
	private static int wordCount(String text) {
		return QuoteWords.ELLIPSIS.splitAsStream(text).mapToInt(Differences::wordsIn).max().orElse(0);
	}

	private static int wordsIn(String text) {
		String words = text.replaceAll("[^\\p{L}\\p{N}' ]", " ").strip();
		return words.isEmpty() ? 0 : words.split("\\s+").length;
	}

	/** Two statements of one claim that both differ make one difference of that kind, their values joined. */
	private static List<ClaimDifference> oneOfEachKind(List<ClaimDifference> differences) {
		Map<String, ClaimDifference> byKind = new LinkedHashMap<>();
		for (ClaimDifference difference : differences) {
			byKind.merge(difference.kind(), difference, (a, b) -> {
				Map<Long, String> values = new LinkedHashMap<>(a.values());
				b.values().forEach((article, value) -> values.merge(article, value, Differences::both));
				return new ClaimDifference(a.kind(), values, a.firm() || b.firm());
			});
		}
		return new ArrayList<>(byKind.values());
	}

	/**
	 * A number differs when two articles give one of the same measure ({@link Quantity#measure()}) and the values
	 * differ: "four trips" against "the fifth trip", not "$200m" against "£150m" (the same sum in two currencies),
	 * nor "two sides" against "three rounds". A sentence giving two numbers of one measure is left out (which of
	 * them is this claim's is unknown), a round figure within 5 % of an exact one is the same figure rounded
	 * ("$43,000" and "$43,350"), and a figure given plainly that meets another's bound agrees with it ("10.8
	 * percent" and "over 10 percent", {@link FigureBound}). Durations compare in hours, so that "in a day" agrees
	 * with "within 24 hours".
	 */
	private static Optional<ClaimDifference> numbers(DraftClaim claim) {
		Map<String, Map<Long, Given>> byMeasure = new LinkedHashMap<>();
		Set<String> ambiguous = new HashSet<>();
		for (ClaimSentence sentence : claim.sentences()) {
			figuresByMeasure(sentence).forEach((measure, quantity) -> {
				if (quantity == null) {
					ambiguous.add(sentence.articleId() + " " + measure);
				}
				else {
					byMeasure.computeIfAbsent(measure, k -> new LinkedHashMap<>())
						.putIfAbsent(sentence.articleId(), new Given(quantity, FigureBound.of(quantity.text(), sentence.text()),
								ordinalEquivalent(quantity, sentence.text()), sentence.text(),
								statementQuoting(quantity.text(), sentence)));
				}
			});
		}
		timesAsTheOtherCount(byMeasure, ambiguous);
		for (Map.Entry<String, Map<Long, Given>> measure : byMeasure.entrySet()) {
			Map<Long, Given> values = new LinkedHashMap<>(measure.getValue());
			values.keySet().removeIf(article -> ambiguous.contains(article + " " + measure.getKey()));
			if (values.size() >= 2 && !allAgree(List.copyOf(values.values()))) {
				Map<Long, String> texts = new LinkedHashMap<>();
				values.forEach((article, given) -> texts.put(article, shown(given)));
				return Optional.of(new ClaimDifference("NUMBER", texts,
						close(values.values().stream().map(Given::quantity).toList()) && figuresOfOneFact(values)
								&& !quotedFromDifferentStatements(values.values())));
			}
		}
		return Optional.empty();
	}

	private static final String TIMES = "COUNT time";

	/** Counts of occasions, by their nouns' stems: what "for the fifth time" may count. */
	private static final Set<String> OCCASIONS = Set.of("COUNT trip", "COUNT visit", "COUNT meet", "COUNT round",
			"COUNT session", "COUNT call", "COUNT summit", "COUNT talk", "COUNT occas");

	/**
	 * "For the fifth time" counts occasions of whatever the sentence tells: beside one other count of occasions in
	 * the claim ("four trips to Moscow"), the occasions are those. Only an ordinal one ("the fifth time", "four times
	 * before"): "three times as many" counts nothing, and "two people" are no occasions.
	 */
	private static void timesAsTheOtherCount(Map<String, Map<Long, Given>> byMeasure, Set<String> ambiguous) {
		Map<Long, Given> times = byMeasure.get(TIMES);
		List<String> counts = byMeasure.keySet().stream().filter(m -> m.startsWith("COUNT ") && !m.equals(TIMES)).toList();
		if (times == null || counts.size() != 1 || !OCCASIONS.contains(counts.get(0))
				|| times.values().stream().anyMatch(given -> given.ordinal() == null)) {
			return;
		}
		byMeasure.remove(TIMES);
		times.forEach(byMeasure.get(counts.get(0))::putIfAbsent);
		List.copyOf(ambiguous).stream().filter(key -> key.endsWith(" " + TIMES))
			.forEach(key -> ambiguous.add(key.substring(0, key.length() - TIMES.length()) + counts.get(0)));
	}

	/**
	 * A sentence's figures by what they measure, in the order given: its one figure of a measure, or null for a
	 * measure it gives several figures of (which of them a claim is about is unknown).
	 */
	static Map<String, Quantity> figuresByMeasure(ClaimSentence sentence) {
		Map<String, Quantity> figures = new LinkedHashMap<>();
		for (Quantity quantity : sentence.facts().quantities()) {
			if (quantity.measure() != null) {
				figures.put(quantity.measure(), figures.containsKey(quantity.measure()) ? null : quantity);
			}
		}
		return figures;
	}

	/**
	 * A figure as an article's sentence gives it: plainly, or as a bound ("over 10 percent").
	 *
	 * @param ordinal the figure as the ordinal of one more occasion, when it counts the occasions before one ("four
	 * times previously" is the fifth time; "the fifth time" itself), else null
	 * @param sentence the sentence that gives it
	 * @param statement the quote group of the quotation the figure stands in, {@link #UNGROUPED} for a quotation
	 * of no group, null for a figure in the reporter's own words
	 */
	private record Given(Quantity quantity, FigureBound bound, BigDecimal ordinal, String sentence, Long statement) {
	}

	private static final Long UNGROUPED = -1L;

	/** A quotation of the sentence, or one that opens before it and runs on over it, that gives the figure. */
	private static Long statementQuoting(String figure, ClaimSentence sentence) {
		return Stream.concat(sentence.facts().quotes().stream(), sentence.facts().runningQuotes().stream())
			.filter(q -> q.text().contains(figure)).findFirst()
			.map(q -> q.groupId() == null ? UNGROUPED : q.groupId())
			.orElse(null);
	}

	/**
	 * Whether two of the figures are each quoted from a statement, and not the same one: two statements (an Obama
	 * campaign ad of 2008 quoted by one outlet, "would cut Medicare by $800 billion", a Romney ad of 2012 by the
	 * others, "Obama has cut $716 billion from Medicare") each say what its speaker says; that they differ is worth
	 * checking, not two reports of one fact in conflict. One statement quoted with two figures is one statement's
	 * wording in dispute, and a quoted figure against the reporter's own is compared as a figure.
	 */
	private static boolean quotedFromDifferentStatements(Collection<Given> figures) {
		List<Long> statements = figures.stream().map(Given::statement).filter(Objects::nonNull).toList();
		return statements.size() >= 2 && (statements.contains(UNGROUPED) || statements.stream().distinct().count() > 1);
	}

	/**
	 * A figure as the reader is shown it: as the sentence gives it, and a count of the occasions before one with the
	 * word that says so ("four times previously", which agrees with "the fifth time" and would seem to disagree
	 * shown as "four times").
	 */
	private static String shown(Given given) {
		String text = given.quantity().text();
		return ORDINAL.matcher(text).find() ? text : occasionsBefore(text, given.sentence()).orElse(text);
	}

	/** "four times previously": the figure and the words after it that put the occasions before now, if any. */
	private static Optional<String> occasionsBefore(String figure, String sentence) {
		int end = sentence.indexOf(figure) + figure.length();
		if (end < figure.length()) {
			return Optional.empty();
		}
		Matcher before = BEFORE_NOW.matcher(sentence.substring(end));
		return before.find() ? Optional.of(figure + sentence.substring(end, end + before.end())) : Optional.empty();
	}

	/** "the fifth time": 5; "four times previously": 5, the occasion after them; any other figure: null. */
	static BigDecimal ordinalEquivalent(Quantity quantity, String sentence) {
		if (quantity.value() == null || !quantity.kind().equals("COUNT")) {
			return null;
		}
		if (ORDINAL.matcher(quantity.text()).find()) {
			return quantity.value();
		}
		return occasionsBefore(quantity.text(), sentence).isPresent() ? quantity.value().add(BigDecimal.ONE) : null;
	}

	private static boolean allAgree(List<Given> figures) {
		for (int i = 0; i < figures.size(); i++) {
			for (int j = i + 1; j < figures.size(); j++) {
				BigDecimal ordinalI = figures.get(i).ordinal();
				BigDecimal ordinalJ = figures.get(j).ordinal();
				if (ordinalI != null && ordinalJ != null) {
					// the fifth time, four times before: the occasions they count, compared as such
					if (ordinalI.compareTo(ordinalJ) != 0) {
						return false;
					}
					continue;
				}
				if (!agree(figures.get(i).quantity(), figures.get(i).bound(), figures.get(j).quantity(),
						figures.get(j).bound())) {
					return false;
				}
			}
		}
		return true;
	}

	/**
	 * Whether two articles' figures of one measure agree: the same figure, one the other rounded, or a figure given
	 * plainly that meets the other's bound ("10.8 percent" and "over 10 percent").
	 */
	static boolean agree(Quantity x, FigureBound boundX, Quantity y, FigureBound boundY) {
		BigDecimal a = normalised(x);
		BigDecimal b = normalised(y);
		return sameFigure(a, b) || FigureBound.meets(boundX, a, boundY, b);
	}

	/**
	 * Two reports of one figure that disagree are near each other (1.5 against 1.6 million, seven against eight
	 * years); figures further apart than twice are more likely two facts in one claim: worth checking, not a flag.
	 */
	static boolean close(Collection<Quantity> quantities) {
		List<BigDecimal> values = quantities.stream().map(Differences::normalised).map(v -> v.abs()).toList();
		BigDecimal least = values.stream().min(BigDecimal::compareTo).orElseThrow();
		BigDecimal most = values.stream().max(BigDecimal::compareTo).orElseThrow();
		return least.signum() > 0 && most.compareTo(least.multiply(BigDecimal.valueOf(2))) <= 0;
	}

	/** Equal, or one is the other rounded: fewer significant digits and within 5 %. */
	static boolean sameFigure(BigDecimal a, BigDecimal b) {
		if (a.compareTo(b) == 0) {
			return true;
		}
		BigDecimal round = a.precision() - a.scale() <= b.precision() - b.scale() && a.stripTrailingZeros()
			.precision() < b.stripTrailingZeros().precision() ? a : b;
		BigDecimal exact = round == a ? b : a;
		if (round.stripTrailingZeros().precision() >= exact.stripTrailingZeros().precision()) {
			return false;
		}
		BigDecimal gap = a.subtract(b).abs();
		return gap.compareTo(exact.abs().multiply(new BigDecimal("0.05"))) <= 0;
	}

	static BigDecimal normalised(Quantity quantity) {
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
		return quantity.value().multiply(BigDecimal.valueOf(hours)).stripTrailingZeros();
	}

	/**
	 * Dates differ when two articles, each giving one date outside its quotations, of the fact the others' sentences
	 * tell and at one precision, give different days (compared as resolved; by weekday or text where a date could not
	 * be placed): firm when all are calendar dates ({@link #firmDates}), else worth checking. Dates at different
	 * precisions ("Wednesday" and "this week", "November" and "Friday") are no difference: on the development corpus
	 * and on twenty BASIL events it had not seen, nearly all that were shown as worth checking dated two steps of the
	 * story or agreed (README "Quality"). Different times ahead ("coming days" against "next few days") are worth
	 * checking.
	 */
	private static Optional<ClaimDifference> dates(DraftClaim claim, Map<Long, LocalDate> publishedOn) {
		Map<Long, Quantity> dated = new LinkedHashMap<>();
		Map<Long, String> datedSentences = new HashMap<>();
		Set<Long> ambiguous = new HashSet<>();
		Map<Long, String> timing = new LinkedHashMap<>();
		for (ClaimSentence sentence : claim.sentences()) {
			List<Quantity> dates = sentence.facts().quantities().stream()
				.filter(q -> q.kind().equals("DATE") && !q.vague() && !quoted(q.text(), sentence)
						&& !namesAnEvent(q.text(), sentence.text()))
				.toList();
			if (dates.size() == 1 && !ambiguous.contains(sentence.articleId())) {
				datedSentences.putIfAbsent(sentence.articleId(), sentence.text());
				if (dated.putIfAbsent(sentence.articleId(), dates.get(0)) != null
						&& !sameDay(dated.get(sentence.articleId()), dates.get(0))) {
					ambiguous.add(sentence.articleId());
				}
			}
			else if (dates.size() > 1) {
				ambiguous.add(sentence.articleId());
			}
			Matcher ahead = TIMING.matcher(sentence.text());
			while (ahead.find()) {
				String phrase = ahead.group(1).toLowerCase(Locale.ROOT).replaceFirst("^(in the |as early as )", "");
				timing.merge(sentence.articleId(), phrase, Differences::both);
			}
		}
		dated.keySet().removeAll(ambiguous);
		List<Quantity> values = new ArrayList<>(dated.values());
		// the dates of two facts told in one claim, or one fact's told at two precisions ("Wednesday" and "this week",
		// "March 2" and "2008"), are no difference a reader could act on
		boolean comparable = valuesOfOneFact(dated, datedSentences) && onePrecision(values)
				&& (firmDates(values) || writtenOnOneDay(dated.keySet(), publishedOn));
		for (int i = 0; i < values.size() && comparable; i++) {
			for (int j = i + 1; j < values.size(); j++) {
				if (!sameDay(values.get(i), values.get(j)) && !sameWords(values.get(i), values.get(j))) {
					Map<Long, String> texts = new LinkedHashMap<>();
					dated.forEach((article, q) -> texts.put(article, q.text()));
					return Optional.of(new ClaimDifference("DATE", texts, firmDates(values)));
				}
			}
		}
		Set<String> distinct = new LinkedHashSet<>();
		timing.values().forEach(v -> distinct.add(normal(v)));
		return timing.size() >= 2 && distinct.size() >= 2
				? Optional.of(new ClaimDifference("DATE", timing, false)) : Optional.empty();
	}

	/**
	 * Whether the articles were published on one day, or no day is known. A weekday or a relative day is the latest
	 * step each article knew of: written on different days, two articles name different days for the steps they
	 * report ("met on Sunday" / "met again on Thursday night", "announced Monday" / "apologized Friday"). On 81 BASIL
	 * events, 11 of the 18 claims that showed a date worth checking had articles of different days, all of them two
	 * steps of the story.
	 */
	private static boolean writtenOnOneDay(Set<Long> articles, Map<Long, LocalDate> publishedOn) {
		return articles.stream().map(publishedOn::get).filter(day -> day != null).distinct().count() <= 1;
	}

	/**
	 * Whether two articles give a date in the same words ("Monday" and "Monday"), or name the same weekday ("Tuesday
	 * morning" and "Tuesday"), which a reader sees no difference in: counted from two days of publication they may fall
	 * on two days, but the outlets wrote the same.
	 */
	private static boolean sameWords(Quantity a, Quantity b) {
		Matcher weekdayA = WEEKDAY.matcher(a.text());
		Matcher weekdayB = WEEKDAY.matcher(b.text());
		return a.text().strip().equalsIgnoreCase(b.text().strip())
				|| weekdayA.find() && weekdayB.find() && weekdayA.group(1).equals(weekdayB.group(1));
	}

	/**
	 * Whether each article's figure measures what the others' sentences tell ({@link #valuesOfOneFact}): "the aide,
	 * Elizabeth Lauten, 31, who …" against "Malia and Sasha Obama, aged 16 and 13": one claim, two people's ages.
	 */
	private static boolean figuresOfOneFact(Map<Long, Given> figures) {
		Map<Long, Quantity> quantities = new LinkedHashMap<>();
		Map<Long, String> sentences = new HashMap<>();
		figures.forEach((article, given) -> {
			quantities.put(article, given.quantity());
			sentences.put(article, given.sentence());
		});
		return valuesOfOneFact(quantities, sentences);
	}

	/** Where a clause ends: punctuation, a quotation mark, or a conjunction joining another. */
	private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()“”\"—–]|\\b(?:and|but|while|whereas)\\b");

	/**
	 * Whether each article's date or figure is of what the others' sentences tell: the clause it stands in shares a
	 * word with each other sentence. "… the “economic calamity” he said he inherited in 2010 and … Hurricane Sandy"
	 * against "He led the state during the damage from Hurricane Sandy in 2012": one claim, but 2010 dates the
	 * calamity, not the storm.
	 */
	static boolean valuesOfOneFact(Map<Long, Quantity> values, Map<Long, String> sentences) {
		for (Map.Entry<Long, Quantity> value : values.entrySet()) {
			Set<String> clause = clauseAround(sentences.get(value.getKey()), value.getValue().text());
			for (Map.Entry<Long, String> other : sentences.entrySet()) {
				if (!other.getKey().equals(value.getKey()) && values.containsKey(other.getKey())
						&& Collections.disjoint(clause, ContentWords.of(other.getValue()))) {
					return false;
				}
			}
		}
		return true;
	}

	/** The content words of the clause a value stands in, the value's own left out. */
	static Set<String> clauseAround(String sentence, String value) {
		int at = sentence.indexOf(value);
		if (at < 0) {
			return ContentWords.of(sentence);
		}
		int start = 0;
		Matcher before = CLAUSE_BREAK.matcher(sentence).region(0, at);
		while (before.find()) {
			start = before.end();
		}
		Matcher after = CLAUSE_BREAK.matcher(sentence).region(at + value.length(), sentence.length());
		int end = after.find() ? after.start() : sentence.length();
		Set<String> words = new HashSet<>(ContentWords.of(sentence.substring(start, end)));
		words.removeAll(ContentWords.of(value));
		return words;
	}

	/**
	 * Whether different dates are a flag: only when every article writes its date out as a calendar date, at one
	 * precision. Dates given at different precisions ("November" against "Friday", "2014" against "late Friday") more
	 * often date two facts of one claim than disagree on one (they are not compared at all); and a weekday or a
	 * relative day ("Tuesday", "last week") is counted from when each article was written and may date another step
	 * of the story (the tweet on Tuesday, the visit on Wednesday): worth checking, not a flag.
	 */
	static boolean firmDates(List<Quantity> dates) {
		return dates.stream().map(q -> q.precision() == null ? "?" : q.precision()).distinct().count() == 1
				&& dates.stream().allMatch(q -> CALENDAR_DATE.matcher(q.text()).find());
	}

	/** Whether the dates are all given at one known precision: days, or months, or years. */
	static boolean onePrecision(List<Quantity> dates) {
		return dates.stream().allMatch(q -> q.precision() != null)
				&& dates.stream().map(Quantity::precision).distinct().count() == 1;
	}

	/** The same day as far as both texts say: a month-only date agrees with any day in it. */
	static boolean sameDay(Quantity a, Quantity b) {
		if (a.resolvedDate() != null && b.resolvedDate() != null && a.precision() != null && b.precision() != null) {
			DatePrecision coarser = DatePrecision.valueOf(a.precision()).coarser(DatePrecision.valueOf(b.precision()));
			return coarser.firstDay(a.resolvedDate()).equals(coarser.firstDay(b.resolvedDate()));
		}
		Matcher weekdayA = WEEKDAY.matcher(a.text());
		Matcher weekdayB = WEEKDAY.matcher(b.text());
		if (weekdayA.find() && weekdayB.find()) {
			return weekdayA.group(1).equals(weekdayB.group(1));
		}
		return normal(a.text()).equals(normal(b.text()));
	}

	/**
	 * A date between a determiner and a noun names an event the sentence mentions ("the 2003 invasion of Iraq", "his
	 * 2008 speech", "the Sept. 11 attacks") and dates that event, not the fact the sentence states: two articles that
	 * mention different events do not disagree.
	 */
	static boolean namesAnEvent(String date, String sentence) {
		for (int at = sentence.indexOf(date); at >= 0 && !date.isEmpty(); at = sentence.indexOf(date, at + 1)) {
			if (DETERMINER_BEFORE.matcher(sentence.substring(0, at)).find()
					&& NOUN_AFTER.matcher(sentence.substring(at + date.length())).find()) {
				return true;
			}
		}
		return false;
	}

	static boolean quoted(String text, ClaimSentence sentence) {
		return statementQuoting(text, sentence) != null;
	}

	private static String both(String a, String b) {
		return a.equals(b) || a.contains(b) ? a : a + "; " + b;
	}

	private static String normal(String value) {
		return value.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}; ]", "").replaceAll("\\s+", " ").strip();
	}

}
