package io.parallax.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import io.parallax.analysis.SentenceFacts.QuoteFact;
import io.parallax.analysis.Spellings;
import io.parallax.text.FunctionWords;
import io.parallax.text.WordStems;

/**
 * The quoted statements of one claim, compared as statements: each quote group (one statement, as the articles
 * quote it) on its own. Two articles differ on a statement's wording only when both quote more than a few words
 * of it, neither version is an excerpt of the other, and the shorter has a word of substance, or two words, that
 * the longer lacks ("visit" against "message"; a dropped "both" or an editor's "(local)" is the same statement, though
 * words that differ without an ellipsis to say so are worth checking). They differ on who said it when they credit
 * the same statement to different people (compared by entity where the speaker is one, else by surname): worth
 * checking, not a firm difference.
 */
final class QuotedStatements {

	static final int MIN_WORDS = 3;

	private static final int MATERIAL_WORDS = 2;

	/** Each statement (quote group) with each article's quotes of it. */
	private final Map<Long, Map<Long, List<QuoteFact>>> byGroup;

	private QuotedStatements(Map<Long, Map<Long, List<QuoteFact>>> byGroup) {
		this.byGroup = byGroup;
	}

	static QuotedStatements of(DraftClaim claim) {
		Map<Long, Map<Long, List<QuoteFact>>> byGroup = new LinkedHashMap<>();
		for (ClaimSentence sentence : claim.sentences()) {
			for (QuoteFact quote : sentence.facts().quotes()) {
				if (quote.groupId() != null) {
					byGroup.computeIfAbsent(quote.groupId(), k -> new LinkedHashMap<>())
						.computeIfAbsent(sentence.articleId(), k -> new ArrayList<>())
						.add(quote);
				}
			}
		}
		return new QuotedStatements(byGroup);
	}

	List<ClaimDifference> differences() {
		List<ClaimDifference> differences = new ArrayList<>();
		for (Map<Long, List<QuoteFact>> articles : byGroup.values()) {
			if (articles.size() < 2) {
				continue;
			}
			if (differentWording(articles)) {
				differences.add(new ClaimDifference("WORDING", joined(articles, QuoteFact::text), true));
			}
			else if (slightlyReworded(articles)) {
				differences.add(new ClaimDifference("WORDING", joined(articles, QuoteFact::text), false));
			}
			if (differentSpeakers(articles)) {
				// worth checking, not a flag: an article that credits the words to someone else is as likely a misreading
				// of who "he" is as a report that differs (on the development corpus, about one speaker in 20 is wrong)
				differences.add(new ClaimDifference("SPEAKER", joined(articles, QuoteFact::speaker), false));
			}
		}
		return differences;
	}

	private static boolean differentWording(Map<Long, List<QuoteFact>> articles) {
		Map<String, Set<Long>> versions = new LinkedHashMap<>();
		articles.forEach((article, quotes) -> quotes.forEach(
				q -> versions.computeIfAbsent(q.text(), k -> new HashSet<>()).add(article)));
		return versionsDiffer(versions);
	}

	/**
	 * Whether two articles give one statement in words that differ, though not materially: a word of grammar put for
	 * another ("destructive to the fabric" against "destructive of the fabric"), or a word of substance left out inside
	 * what both quote without an ellipsis to say so ({@link #changesWhatWasSaid}). Neither is an excerpt of the other,
	 * nor are both excerpts of a longer version. Worth checking, never a flag: it may be the speaker's words heard two
	 * ways.
	 */
	private static boolean slightlyReworded(Map<Long, List<QuoteFact>> articles) {
		Map<String, Set<Long>> byText = new LinkedHashMap<>();
		articles.forEach((article, quotes) -> quotes.forEach(
				q -> byText.computeIfAbsent(q.text(), k -> new HashSet<>()).add(article)));
		List<String> texts = new ArrayList<>(byText.keySet());
		List<List<String>> versions = texts.stream().map(QuoteWords::words).toList();
		Set<String> names = texts.stream().flatMap(text -> QuoteWords.names(text).stream()).collect(Collectors.toSet());
		for (int i = 0; i < texts.size(); i++) {
			for (int j = i + 1; j < texts.size(); j++) {
				if (givenApart(byText.get(texts.get(i)), byText.get(texts.get(j)))
						&& versionsOfOneQuote(versions.get(i), versions.get(j))
						&& reworded(texts.get(i), versions.get(i), texts.get(j), versions.get(j), names)
						&& !partsOfAnother(versions, i, j, names)) {
					return true;
				}
			}
		}
		return false;
	}

	/** Whether the shorter version is not the longer's words, an excerpt (or excerpts joined by an ellipsis) of them. */
	private static boolean reworded(String textA, List<String> a, String textB, List<String> b, Set<String> names) {
		if (a.size() < MIN_WORDS || b.size() < MIN_WORDS || QuoteExcerpts.overlappingExcerpts(a, b)) {
			return false;
		}
		if (QuoteExcerpts.excerptOfTheOther(textA, a, textB, b, names)) {
			return false;
		}
		boolean aShorter = a.size() <= b.size();
		List<String> shorter = QuoteExcerpts.marked(aShorter ? textA : textB, aShorter ? b : a);
		List<String> longer = QuoteWords.withoutArticles(QuoteWords.joinedCompounds(aShorter ? b : a, aShorter ? a : b));
		return QuoteExcerpts.changesWhatWasSaid(shorter, longer, names);
	}

	/**
	 * Whether two of these quotes of one statement, each its own article's, are worded materially differently (see
	 * below).
	 */
	static boolean differentWording(List<String> quoted) {
		Map<String, Set<Long>> versions = new LinkedHashMap<>();
		for (int i = 0; i < quoted.size(); i++) {
			versions.computeIfAbsent(quoted.get(i), k -> new HashSet<>()).add((long) i);
		}
		return versionsDiffer(versions);
	}

	/**
	 * Whether two versions of one statement that two articles give are worded materially differently: they are
	 * versions of the same words (most of the shorter's words are the longer's: two parts of one statement,
	 * "asserts his innocence" and "a politically driven vendetta", are not two wordings of it), neither is an
	 * excerpt of the other, and they are not two excerpts of a third, longer version (one outlet quotes the whole
	 * statement, two others a part of it each: three articles, one statement). Only versions that two articles give
	 * apart are compared: what one outlet quotes two ways is not a disagreement between outlets.
	 *
	 * @param byText each distinct version (compared once, its words read once: a statement hundreds of articles quote
	 * has a few versions) and the articles that give it
	 */
	private static boolean versionsDiffer(Map<String, Set<Long>> byText) {
		List<Set<Long>> givenBy = new ArrayList<>(byText.values());
		List<String> texts = new ArrayList<>(byText.keySet());
		List<List<String>> versions = texts.stream().map(QuoteWords::words).toList();
		Set<String> names = texts.stream().flatMap(text -> QuoteWords.names(text).stream()).collect(Collectors.toSet());
		for (int i = 0; i < versions.size(); i++) {
			for (int j = i + 1; j < versions.size(); j++) {
				List<String> a = QuoteWords.joinedCompounds(versions.get(i), versions.get(j));
				List<String> b = QuoteWords.joinedCompounds(versions.get(j), versions.get(i));
				if (givenApart(givenBy.get(i), givenBy.get(j)) && versionsOfOneQuote(a, b)
						&& materiallyDifferent(a, b, names)
						&& !QuoteExcerpts.excerptOfTheOther(texts.get(i), a, texts.get(j), b, names)
						&& !partsOfAnother(versions, i, j, names)) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Whether one article gives the first version and not the second, and another the second and not the first: an
	 * article that quotes both versions agrees with either.
	 */
	private static boolean givenApart(Set<Long> first, Set<Long> second) {
		Set<Long> onlyFirst = new HashSet<>(first);
		onlyFirst.removeAll(second);
		Set<Long> onlySecond = new HashSet<>(second);
		onlySecond.removeAll(first);
		return !onlyFirst.isEmpty() && !onlySecond.isEmpty();
	}

	/** Whether most of the shorter quote's words are the longer's: the same words, perhaps reworded. */
	private static boolean versionsOfOneQuote(List<String> a, List<String> b) {
		Set<String> shorter = QuoteWords.stems(a.size() <= b.size() ? a : b);
		Set<String> longer = QuoteWords.stems(a.size() <= b.size() ? b : a);
		long shared = shorter.stream().filter(longer::contains).count();
		return shared * 2 >= shorter.size();
	}

	private static boolean partsOfAnother(List<List<String>> versions, int i, int j, Set<String> names) {
		for (int k = 0; k < versions.size(); k++) {
			List<String> whole = versions.get(k);
			if (k != i && k != j && whole.size() > versions.get(i).size() && whole.size() > versions.get(j).size()
					&& !materiallyDifferent(versions.get(i), whole, names)
					&& !materiallyDifferent(versions.get(j), whole, names)) {
				return true;
			}
		}
		return false;
	}

	static boolean materiallyDifferent(String a, String b) {
		Set<String> names = new HashSet<>(QuoteWords.names(a));
		names.addAll(QuoteWords.names(b));
		return materiallyDifferent(QuoteWords.words(a), QuoteWords.words(b), names);
	}

	/** @param names the versions' words written with a capital, which may be names spelt two ways */
	private static boolean materiallyDifferent(List<String> wordsA, List<String> wordsB, Set<String> names) {
		if (wordsA.size() < MIN_WORDS || wordsB.size() < MIN_WORDS) {
			return false;
		}
		if (QuoteExcerpts.overlappingExcerpts(wordsA, wordsB)) {
			return false;
		}
		List<String> shorter = wordsA.size() <= wordsB.size() ? wordsA : wordsB;
		List<String> longerWords = shorter == wordsA ? wordsB : wordsA;
		Set<String> longer = QuoteWords.stems(longerWords);
		List<String> own = shorter.stream()
			.filter(w -> !longer.contains(WordStems.of(w)) && !QuoteWords.spelledOtherwise(w, longerWords, names)
					&& longerWords.stream().noneMatch(other -> QuoteWords.censoredAlike(w, other)))
			.distinct()
			.toList();
		return own.size() >= MATERIAL_WORDS || own.stream().anyMatch(w -> !FunctionWords.contains(w));
	}

	private static boolean differentSpeakers(Map<Long, List<QuoteFact>> articles) {
		// each distinct way of naming the speakers once: the same names are never disjoint
		Set<Set<String>> distinct = new java.util.LinkedHashSet<>();
		for (List<QuoteFact> quotes : articles.values()) {
			Set<String> who = new TreeSet<>();
			quotes.stream().filter(q -> q.speaker() != null).forEach(q -> who.addAll(speakerKeys(q)));
			if (!who.isEmpty()) {
				distinct.add(who);
			}
		}
		List<Set<String>> speakers = new ArrayList<>(distinct);
		for (int i = 0; i < speakers.size(); i++) {
			for (int j = i + 1; j < speakers.size(); j++) {
				if (!nameOnePerson(speakers.get(i), speakers.get(j))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * Two articles name one speaker of one statement when an entity or a surname is the same, or two surnames are a
	 * slip apart ("Tump" for "Trump"): for the same quoted words, a typing slip is likelier than a second speaker.
	 */
	private static boolean nameOnePerson(Set<String> a, Set<String> b) {
		return a.stream().anyMatch(x -> b.stream()
			.anyMatch(y -> x.equals(y) || !x.startsWith("#") && !y.startsWith("#") && Spellings.oneSlipApart(x, y)));
	}

	/**
	 * A speaker as its entity ("a Kremlin aide" and "Yuri Ushakov" are one man) and as the last word of its name
	 * ("Trump" and "Donald Trump"): two articles name one speaker when either matches.
	 */
	private static List<String> speakerKeys(QuoteFact quote) {
		String speaker = quote.speaker().strip();
		String surname = speaker.substring(speaker.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		List<String> keys = new ArrayList<>(List.of(surname));
		if (quote.speakerEntityId() != null) {
			keys.add("#" + quote.speakerEntityId());
		}
		// keys that start with "#" are compared whole, never as surnames a slip apart
		String named = namedIn(speaker);
		if (!named.isEmpty()) {
			keys.add("#" + named);
		}
		return keys;
	}

	/**
	 * The name a speaker's words hold, its capitalised words: "a BuzzFeed spokesman" speaks for BuzzFeed, as
	 * "BuzzFeed" does; "Trump Jr" is not "Trump".
	 */
	private static String namedIn(String speaker) {
		return Arrays.stream(speaker.replaceFirst("^(?i)(a|an|the)\\s+", "").split("\\s+"))
			.filter(word -> !word.isEmpty() && Character.isUpperCase(word.codePointAt(0)))
			.map(word -> word.replaceAll("[’']s$", "").toLowerCase(Locale.ROOT))
			.collect(Collectors.joining(" "));
	}

	private static Map<Long, String> joined(Map<Long, List<QuoteFact>> articles,
			java.util.function.Function<QuoteFact, String> value) {
		Map<Long, String> values = new LinkedHashMap<>();
		articles.forEach((article, quotes) -> {
			String joined = String.join("; ", quotes.stream().map(value).filter(v -> v != null).distinct().toList());
			if (!joined.isBlank()) {
				values.put(article, joined);
			}
		});
		return values;
	}

}
