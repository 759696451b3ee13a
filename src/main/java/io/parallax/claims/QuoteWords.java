package io.parallax.claims;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import io.parallax.analysis.Spellings;
import io.parallax.text.Contractions;
import io.parallax.text.Numbers;
import io.parallax.text.WordStems;
import org.apache.commons.codec.language.DoubleMetaphone;

/**
 * A quoted statement's words as versions of it are compared: lower case, without punctuation, abbreviations' dots
 * or editors' brackets, contractions and titles written out, numbers in digits; and when two words are one: the same
 * stem, a censored word and the word spelt out, a name spelt two ways, a compound written open and closed.
 */
final class QuoteWords {

	private QuoteWords() {
	}

	static boolean sameWord(String a, String b, Set<String> names) {
		return WordStems.of(a).equals(WordStems.of(b)) || censoredAlike(a, b)
				|| spelledOtherwise(a, List.of(b), names);
	}

	/** Whether a word one outlet censors ("f***ing", "motherf***er") is the one another spells out. */
	static boolean censoredAlike(String a, String b) {
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
	static boolean spelledOtherwise(String word, List<String> other, Set<String> names) {
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
	static Set<String> names(String text) {
		return Arrays.stream(text.replace('’', '\'').split("[^\\p{L}\\p{N}']+"))
			.filter(w -> !w.isEmpty() && Character.isUpperCase(w.codePointAt(0)))
			.map(w -> w.toLowerCase(Locale.ROOT))
			.collect(Collectors.toSet());
	}

	/**
	 * The words' stems: "the radical environmentalist" and "the radical environmentalists" are one transcription of
	 * what was said, heard or written down two ways.
	 */
	static Set<String> stems(List<String> words) {
		return words.stream().map(WordStems::of).collect(Collectors.toSet());
	}

	static List<String> words(String text) {
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

	/** What joins two excerpts of one statement: an ellipsis, as one character or three dots. */
	static final Pattern ELLIPSIS = Pattern.compile("…|\\.\\s?\\.\\s?\\.");

	/** The words but "a", "an" and "the", which a transcription drops or adds without changing what was said. */
	static List<String> withoutArticles(List<String> words) {
		return words.stream().filter(w -> !ARTICLES.contains(w)).toList();
	}

	private static final Set<String> ARTICLES = Set.of("a", "an", "the");

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

	/** Whether these words stand together, in this order, in the other version (a name may be spelt otherwise). */
	static boolean runIn(List<String> part, List<String> whole, Set<String> names) {
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

}
