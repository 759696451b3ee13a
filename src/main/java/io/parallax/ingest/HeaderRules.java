package io.parallax.ingest;

import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import io.parallax.text.SpeechVerbs;

/**
 * The rules that tell a headline, a byline, a standfirst and a sub-heading from body text, by their shape alone.
 */
final class HeaderRules {

	private static final int MAX_HEADLINE_WORDS = 25;

	// A header line is short in characters too: titles shown everywhere stay bounded whatever the words' length.
	private static final int MAX_HEADER_CHARS = 300;

	private static final int MAX_STANDFIRST_CHARS = 800;

	private static final int MAX_BYLINE_WORDS = 6;

	private static final int MAX_STANDFIRST_WORDS = 60;

	private static final int MAX_SUBHEADING_WORDS = 12;

	private static final int MIN_STANDFIRST_WORDS = 6;

	private static final int MAX_NAVIGATION_WORDS = 2;

	private static final int MAX_BYLINE_ROLE_WORDS = 4;

	private static final Pattern BULLET = Pattern.compile("[•·▪◦‣*–-]\\s.*");

	private static final Pattern ENDS_WITH_FULL_STOP = Pattern.compile(".*\\.[\"”’')\\]]*");

	private static final Pattern BY_LINE = Pattern.compile("by\\s+\\p{Lu}.{0,80}", Pattern.CASE_INSENSITIVE);

	// Particles that may stand lowercase inside a name: "Ursula von der Leyen", "Ahmed bin Salman".
	private static final Pattern NAME_WORD = Pattern
		.compile("\\p{Lu}[\\p{L}'’.\\-]*|von|van|der|de|da|di|du|la|le|bin|al|el|and|&|,");

	/**
	 * Words a title-case headline capitalises and a person's name never holds: English articles, prepositions and
	 * auxiliaries ("GOP Congressman Expected To Be Indicted" is a headline, not three names).
	 */
	private static final Pattern TITLE_CASE_WORD = Pattern.compile(
			"A|An|The|To|Be|Is|Are|Was|Were|Will|Has|Have|Had|Of|In|On|At|For|From|With|Into|Over|After|As|Not|Its|Says");

	private HeaderRules() {
	}

	static boolean isHeadline(String text) {
		return text.length() <= MAX_HEADER_CHARS && TextShapes.words(text) <= MAX_HEADLINE_WORDS && !ENDS_WITH_FULL_STOP.matcher(text).matches()
				&& TextShapes.startsCapitalised(text) && !isByline(text);
	}

	static boolean isByline(String text) {
		if (text.length() > MAX_HEADER_CHARS) {
			return false;
		}
		if (BY_LINE.matcher(text).matches() && TextShapes.words(text) <= MAX_BYLINE_WORDS + 4) {
			return true;
		}
		String[] words = text.replace(",", " , ").trim().split("\\s+");
		int count = TextShapes.words(text);
		return count >= 2 && count <= MAX_BYLINE_WORDS && !text.matches(".*\\d.*")
				&& !TextShapes.endsLikeSentence(text) && List.of(words).stream().allMatch(HeaderRules::isNameWord)
				&& List.of(words).stream().noneMatch(word -> TITLE_CASE_WORD.matcher(word).matches())
				&& !SUFFIX_INSIDE.matcher(text).find();
	}

	/**
	 * A suffix that ends no name: more capitalised words follow it, with no comma or "and" between ("Jackson Jr.
	 * Pleads Guilty" is a headline; "Jesse Jackson Jr. and Ana Ruiz" a byline).
	 */
	private static final Pattern SUFFIX_INSIDE = Pattern.compile("\\b(?:Jr|Sr)\\.?\\s+(?!and\\b)\\p{Lu}");

	/**
	 * A standfirst is short and set apart from the body: it does not end like a sentence, or furniture
	 * ("Published") separates it from the body, or the body repeats it.
	 */
	static boolean isStandfirst(LaidOutLine line, List<LaidOutLine> body) {
		String text = line.text();
		int words = TextShapes.words(text);
		if (words > MAX_STANDFIRST_WORDS || words < MIN_STANDFIRST_WORDS || text.length() > MAX_STANDFIRST_CHARS
				|| BULLET.matcher(text).matches()) {
			return false;
		}
		return !TextShapes.endsLikeSentence(text) || line.furnitureFollows() || repeatedIn(text, body);
	}

	static boolean isSubheading(String text) {
		return text.length() <= MAX_HEADER_CHARS && TextShapes.words(text) <= MAX_SUBHEADING_WORDS && !TextShapes.endsLikeRunningText(text)
				&& TextShapes.startsCapitalised(text) && !BULLET.matcher(text).matches() && !isLeadIn(text);
	}

	/** A verb of speech, which a heading ("Key points:", "What we know so far:") does not hold. */
	private static final Pattern SPEECH_VERB = Pattern.compile("(?i)\\b(?:" + SpeechVerbs.FINITE + ")\\b");

	/**
	 * A sentence that hands over its speaker's words to the next paragraph ("He said:", "Fox tweeted his own
	 * recollection in response:"): running text, which says whose words follow, not a heading.
	 */
	private static boolean isLeadIn(String text) {
		return text.endsWith(":") && SPEECH_VERB.matcher(text).find();
	}

	/** A breadcrumb of the site's sections: a word or two, no punctuation. */
	static boolean isNavigation(String text) {
		return text.length() <= MAX_HEADER_CHARS && TextShapes.words(text) <= MAX_NAVIGATION_WORDS && !TextShapes.endsLikeRunningText(text)
				&& !text.endsWith("?") && !text.endsWith(":");
	}

	/** The job line under a byline: "Senior correspondents", "Political editor". */
	static boolean isBylineRole(String text) {
		return text.length() <= MAX_HEADER_CHARS && TextShapes.words(text) <= MAX_BYLINE_ROLE_WORDS && !TextShapes.endsLikeRunningText(text)
				&& !BY_LINE.matcher(text).matches() && text.chars().filter(Character::isUpperCase).count() <= 2;
	}

	private static boolean isNameWord(String word) {
		return NAME_WORD.matcher(word).matches();
	}

	private static boolean repeatedIn(String text, List<LaidOutLine> body) {
		String key = normalised(text).replaceAll("[.!?…]+$", "");
		return key.length() > 20 && body.stream().anyMatch(line -> normalised(line.text()).contains(key));
	}

	private static String normalised(String text) {
		return text.toLowerCase(Locale.ROOT).replaceAll("\\s+", " ").strip();
	}

}
