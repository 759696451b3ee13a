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
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import io.parallax.analysis.SentenceFacts.QuoteFact;
import io.parallax.analysis.Spellings;
import io.parallax.text.Contractions;
import io.parallax.text.FunctionWords;
import io.parallax.text.Numbers;
import io.parallax.text.WordStems;
import org.apache.commons.codec.language.DoubleMetaphone;

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

	private static final int MIN_WORDS = 3;

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
		List<List<String>> versions = texts.stream().map(QuotedStatements::words).toList();
		Set<String> names = texts.stream().flatMap(text -> names(text).stream()).collect(Collectors.toSet());
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
		if (a.size() < MIN_WORDS || b.size() < MIN_WORDS || overlappingExcerpts(a, b)) {
			return false;
		}
		if (excerptOfTheOther(textA, a, textB, b, names)) {
			return false;
		}
		boolean aShorter = a.size() <= b.size();
		List<String> shorter = marked(aShorter ? textA : textB, aShorter ? b : a);
		List<String> longer = withoutArticles(joinedCompounds(aShorter ? b : a, aShorter ? a : b));
		return changesWhatWasSaid(shorter, longer, names);
	}

	/** Where a version's ellipsis stands among its words. */
	private static final String OMITTED = "…";

	/** A version's words as {@link #excerptOfTheOther} compares them, with {@link #OMITTED} where it has an ellipsis. */
	private static List<String> marked(String text, List<String> other) {
		List<String> words = new ArrayList<>();
		ELLIPSIS.splitAsStream(text).map(part -> withoutArticles(joinedCompounds(words(part), other))).forEach(part -> {
			if (!words.isEmpty()) {
				words.add(OMITTED);
			}
			words.addAll(part);
		});
		return words;
	}

	/**
	 * Whether, between the first and the last word the two versions share (what lies beyond is where one quotation
	 * opens earlier or goes on longer), a word of one stands where the other has another, or one has a word of
	 * substance the other lacks where no ellipsis says so: "destructive to" / "destructive of", "it is destructive" / "I
	 * think it is destructive". A word of grammar more or less ("we cannot allow" / "that we cannot allow", "James
	 * Bond, the president" / "James Bond and the president") is how the words were heard or written down.
	 */
	private static boolean changesWhatWasSaid(List<String> shorter, List<String> longer, Set<String> names) {
		int[][] common = new int[shorter.size() + 1][longer.size() + 1];
		for (int i = shorter.size() - 1; i >= 0; i--) {
			for (int j = longer.size() - 1; j >= 0; j--) {
				common[i][j] = sameWord(shorter.get(i), longer.get(j), names) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<String> ownGap = new ArrayList<>();
		List<String> otherGap = new ArrayList<>();
		boolean started = false;
		int i = 0;
		int j = 0;
		while (i < shorter.size() && j < longer.size()) {
			if (sameWord(shorter.get(i), longer.get(j), names) && common[i][j] == common[i + 1][j + 1] + 1) {
				if (started && gapChangesWhatWasSaid(ownGap, otherGap)) {
					return true;
				}
				started = true;
				ownGap.clear();
				otherGap.clear();
				i++;
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				ownGap.add(shorter.get(i++));
			}
			else {
				otherGap.add(longer.get(j++));
			}
		}
		return false;
	}

	private static boolean gapChangesWhatWasSaid(List<String> own, List<String> other) {
		if (own.contains(OMITTED)) {
			return false;
		}
		return !own.isEmpty() && !other.isEmpty() || Stream.concat(own.stream(), other.stream())
			.anyMatch(word -> !FunctionWords.contains(word));
	}

	/**
	 * Whether the shorter version is the longer's words, or excerpts of them joined by an ellipsis, articles aside:
	 * each excerpt stands in the longer, except that the first may begin before the longer does and the last go on
	 * after it ("However, we would be remiss … if we did not challenge" against "We would be remiss in our duty to you
	 * and our students if we did not challenge": one outlet opened its quotation a word earlier).
	 */
	private static boolean excerptOfTheOther(String textA, List<String> a, String textB, List<String> b,
			Set<String> names) {
		boolean aShorter = a.size() <= b.size();
		List<String> longer = withoutArticles(joinedCompounds(aShorter ? b : a, aShorter ? a : b));
		List<String> otherWords = aShorter ? b : a;
		List<List<String>> parts = ELLIPSIS.splitAsStream(aShorter ? textA : textB)
			.map(part -> withoutArticles(joinedCompounds(words(part), otherWords)))
			.filter(part -> !part.isEmpty())
			.toList();
		for (int k = 0; k < parts.size(); k++) {
			List<String> part = parts.get(k);
			boolean inside = runIn(part, longer, names)
					|| k == 0 && parts.size() > 1 && overhangs(part, longer, names, true)
					|| k == parts.size() - 1 && parts.size() > 1 && overhangs(part, longer, names, false);
			if (!inside) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether an excerpt's last words are the whole's first ({@code before}: it begins before the whole does), or its
	 * first words the whole's last.
	 */
	private static boolean overhangs(List<String> part, List<String> whole, Set<String> names, boolean before) {
		for (int shared = Math.min(part.size(), whole.size()); shared >= MIN_WORDS; shared--) {
			List<String> ofPart = before ? part.subList(part.size() - shared, part.size()) : part.subList(0, shared);
			List<String> ofWhole = before ? whole.subList(0, shared) : whole.subList(whole.size() - shared, whole.size());
			if (runIn(ofPart, ofWhole, names)) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The words with two neighbours joined where the other version writes them as one ("work force" against
	 * "workforce"): a compound written open or closed is one word.
	 */
	static List<String> joinedCompounds(List<String> words, List<String> other) {
		Set<String> single = new HashSet<>(other);
		List<String> joined = new ArrayList<>(words.size());
		for (int k = 0; k < words.size(); k++) {
			if (k + 1 < words.size() && single.contains(words.get(k) + words.get(k + 1))) {
				joined.add(words.get(k) + words.get(k + 1));
				k++;
			}
			else {
				joined.add(words.get(k));
			}
		}
		return joined;
	}

	/** The words but "a", "an" and "the", which a transcription drops or adds without changing what was said. */
	private static List<String> withoutArticles(List<String> words) {
		return words.stream().filter(w -> !ARTICLES.contains(w)).toList();
	}

	private static final Set<String> ARTICLES = Set.of("a", "an", "the");

	/** Whether these words stand together, in this order, in the other version (a name may be spelt otherwise). */
	private static boolean runIn(List<String> part, List<String> whole, Set<String> names) {
		for (int start = 0; start + part.size() <= whole.size(); start++) {
			int k = 0;
			while (k < part.size() && sameWord(part.get(k), whole.get(start + k), names)) {
				k++;
			}
			if (k == part.size()) {
				return true;
			}
		}
		return false;
	}

	private static boolean sameWord(String a, String b, Set<String> names) {
		return WordStems.of(a).equals(WordStems.of(b)) || censoredAlike(a, b)
				|| spelledOtherwise(a, List.of(b), names);
	}

	/** What joins two excerpts of one statement: an ellipsis, as one character or three dots. */
	static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\s?\\.\\s?\\.");

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
		List<List<String>> versions = texts.stream().map(QuotedStatements::words).toList();
		Set<String> names = texts.stream().flatMap(text -> names(text).stream()).collect(Collectors.toSet());
		for (int i = 0; i < versions.size(); i++) {
			for (int j = i + 1; j < versions.size(); j++) {
				List<String> a = joinedCompounds(versions.get(i), versions.get(j));
				List<String> b = joinedCompounds(versions.get(j), versions.get(i));
				if (givenApart(givenBy.get(i), givenBy.get(j)) && versionsOfOneQuote(a, b)
						&& materiallyDifferent(a, b, names)
						&& !excerptOfTheOther(texts.get(i), a, texts.get(j), b, names)
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
		Set<String> shorter = stems(a.size() <= b.size() ? a : b);
		Set<String> longer = stems(a.size() <= b.size() ? b : a);
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
		Set<String> names = new HashSet<>(names(a));
		names.addAll(names(b));
		return materiallyDifferent(words(a), words(b), names);
	}

	/** @param names the versions' words written with a capital, which may be names spelt two ways */
	private static boolean materiallyDifferent(List<String> wordsA, List<String> wordsB, Set<String> names) {
		if (wordsA.size() < MIN_WORDS || wordsB.size() < MIN_WORDS) {
			return false;
		}
		if (overlappingExcerpts(wordsA, wordsB)) {
			return false;
		}
		List<String> shorter = wordsA.size() <= wordsB.size() ? wordsA : wordsB;
		List<String> longerWords = shorter == wordsA ? wordsB : wordsA;
		Set<String> longer = stems(longerWords);
		List<String> own = shorter.stream()
			.filter(w -> !longer.contains(WordStems.of(w)) && !spelledOtherwise(w, longerWords, names)
					&& longerWords.stream().noneMatch(other -> censoredAlike(w, other)))
			.distinct()
			.toList();
		return own.size() >= MATERIAL_WORDS || own.stream().anyMatch(w -> !FunctionWords.contains(w));
	}

	/** Below this share of the shorter version, a run of words both give is too short to show two excerpts. */
	private static final double EXCERPT_OVERLAP = 0.6;

	/**
	 * Whether two versions are two excerpts of one longer statement: they share a run of words, and beyond it each
	 * goes on only on its own side ("You paid in to Medicare for years … now when you need it, Obama has cut $716
	 * billion" against "Now when you need it, Obama has cut $716 billion … So now the money you paid"), not both on
	 * the same side, which is two endings of one sentence ("We reject his visit", "We reject his message").
	 */
	static boolean overlappingExcerpts(List<String> a, List<String> b) {
		List<String> x = a.stream().map(WordStems::of).toList();
		List<String> y = b.stream().map(WordStems::of).toList();
		int[][] run = new int[x.size() + 1][y.size() + 1];
		int best = 0;
		int endX = 0;
		int endY = 0;
		for (int i = 1; i <= x.size(); i++) {
			for (int j = 1; j <= y.size(); j++) {
				if (x.get(i - 1).equals(y.get(j - 1))) {
					run[i][j] = run[i - 1][j - 1] + 1;
					if (run[i][j] > best) {
						best = run[i][j];
						endX = i;
						endY = j;
					}
				}
			}
		}
		if (best < MIN_WORDS || best < EXCERPT_OVERLAP * Math.min(x.size(), y.size())) {
			return false;
		}
		boolean bothBefore = endX - best > 0 && endY - best > 0;
		boolean bothAfter = endX < x.size() && endY < y.size();
		return !bothBefore && !bothAfter;
	}

	/** Whether a word one outlet censors ("f***ing", "motherf***er") is the one another spells out. */
	private static boolean censoredAlike(String a, String b) {
		String censored = a.indexOf('*') >= 0 ? a : b;
		String plain = censored == a ? b : a;
		return censored.indexOf('*') >= 0 && plain.indexOf('*') < 0
				&& plain.matches(Arrays.stream(censored.split("\\*+", -1)).map(Pattern::quote)
					.collect(Collectors.joining("\\p{L}+")));
	}

	/**
	 * Whether a name is in the other version spelt another way: "Gadhafi" and "al-Qaddafi", "Moammar" and
	 * "Muammar" (one sound, {@link DoubleMetaphone}), "Zelensky" and "Zelenskiy" ({@link Spellings}). Only names: two
	 * common words that sound alike ("right", "write") are two words.
	 */
	private static boolean spelledOtherwise(String word, List<String> other, Set<String> names) {
		if (!names.contains(word) || word.length() < MIN_NAME_LETTERS) {
			return false;
		}
		String sound = PHONETIC.doubleMetaphone(word);
		return other.stream()
			.filter(names::contains)
			.filter(name -> name.length() >= MIN_NAME_LETTERS)
			.anyMatch(name -> Spellings.same(word, name) || sound.equals(PHONETIC.doubleMetaphone(name)));
	}

	private static final int MIN_NAME_LETTERS = 4;

	private static final DoubleMetaphone PHONETIC = new DoubleMetaphone();

	/** The words a version writes with a capital, in lower case as {@link #words} gives them. */
	private static Set<String> names(String text) {
		return Arrays.stream(text.replace('’', '\'').split("[^\\p{L}\\p{N}']+"))
			.filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
			.map(w -> w.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	/**
	 * The words' stems: "the radical environmentalist" and "the radical environmentalists" are one transcription of
	 * what was said, heard or written down two ways.
	 */
	private static Set<String> stems(List<String> words) {
		return words.stream().map(WordStems::of).collect(Collectors.toSet());
	}

	private static List<String> words(String text) {
		String plain = ABBREVIATION_DOTS.matcher(text).replaceAll("")
			.replaceAll("\\([^)]*\\)|\\[[^]]*]", " ")
			.replace('’', '\'')
			.replace('‘', '\'')
			.toLowerCase(Locale.ROOT)
			// an asterisk stays inside a word an outlet censors ("f***ing"), which matches the word another spells out
			.replaceAll("[^\\p{L}\\p{N}'* ]|(?<![\\p{L}*])\\*++|\\*++(?![\\p{L}*])", " ")
			// a single quotation mark inside a quote ("his 'ass-saver' tapes") is punctuation, not part of a word
			.replaceAll("(?<![\\p{L}\\p{N}])'+|'+(?![\\p{L}\\p{N}])", " ")
			.strip();
		return plain.isEmpty() ? List.of()
				: Contractions.writtenOut(Arrays.stream(plain.split("\\s+")).map(w -> TITLES.getOrDefault(w, w))
					.map(Numbers::inDigits)
					.toList());
	}

	/** The dots of an abbreviation, which outlets write with or without them: "F.B.I." and "FBI", "U.S." and "US". */
	private static final Pattern ABBREVIATION_DOTS = Pattern.compile("(?<=(?<![\\p{L}.])\\p{L})\\.(?=\\p{L}\\.)|(?<=\\.\\p{L})\\.");

	/** Titles written short or in full: "Sen. Reid" and "Senator Reid" are one transcription. */
	private static final Map<String, String> TITLES = Map.of("sen", "senator", "rep", "representative", "gov",
			"governor", "gen", "general", "lt", "lieutenant", "col", "colonel", "sgt", "sergeant", "dr", "doctor", "pres",
			"president", "sec", "secretary");

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
				if (java.util.Collections.disjoint(speakers.get(i), speakers.get(j))) {
					return true;
				}
			}
		}
		return false;
	}

	/**
	 * A speaker as its entity ("a Kremlin aide" and "Yuri Ushakov" are one man) and as the last word of its name
	 * ("Trump" and "Donald Trump"): two articles name one speaker when either matches.
	 */
	private static List<String> speakerKeys(QuoteFact quote) {
		String speaker = quote.speaker().strip();
		String surname = speaker.substring(speaker.lastIndexOf(' ') + 1).toLowerCase(Locale.ROOT);
		return quote.speakerEntityId() == null ? List.of(surname) : List.of("#" + quote.speakerEntityId(), surname);
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
