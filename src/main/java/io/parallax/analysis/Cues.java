package io.parallax.analysis;

import java.util.regex.Pattern;

/**
 * The words that attribute speech or information in English news copy.
 */
final class Cues {

	static final String VERBS = "said|says|say|told|tells|wrote|writes|stated|states|added|adds|noted|notes|warned"
			+ "|warns|explained|insisted|claimed|claims|declared|asked|tweeted|posted|announced|confirmed|confirms"
			+ "|described|describes|called|calls|urged|admitted|argued|replied|suggested|suggest|suggests|indicated"
			+ "|stressed|emphasised|emphasized|reiterated|hinted|acknowledged|denied|promised|pledged|revealed"
			+ "|reported|reports|termed|quoted|cautioned|predicted|estimated|conceded|recalled|remarked|commented";

	static final String PARTICIPLES = "saying|telling|writing|stating|calling|describing|adding|noting|warning"
			+ "|arguing|insisting|claiming|declaring|explaining|stressing|urging|posting|tweeting|announcing"
			+ "|confirming|suggesting|indicating|admitting|citing|quoting";

	/** Nouns for people who are cited without a name: "U.S. officials", "people with knowledge of the call". */
	static final String PEOPLE = "officials?|sources?|diplomats?|aides?|people|analysts?|experts?|spokesm[ae]n"
			+ "|spokeswom[ae]n|spokespersons?|advisers?|advisors?|insiders?|observers?|witnesses|residents|ministers?"
			+ "|lawmakers|negotiators?|envoys?|officers?|authorities|media|agencies|reports?|president|leaders?";

	static final Pattern LAST_CUE = Pattern.compile(
			"(?i)\\b(according to|quoted by|" + VERBS + "|" + PARTICIPLES + ")\\b(?!.*\\b(?:according to|quoted by|"
					+ VERBS + "|" + PARTICIPLES + ")\\b)");

	static final Pattern PRONOUN_THEN_VERB = Pattern
		.compile("^[\\s,.!?…]*(he|she|they)\\s+(?:later\\s+|also\\s+)?(" + VERBS + ")\\b", Pattern.CASE_INSENSITIVE);

	static final Pattern INVERTED = Pattern.compile("^[\\s,.!?…]*(said|says|stated|added|wrote|asked|told|noted)\\s+",
			Pattern.CASE_INSENSITIVE);

	static final Pattern ACCORDING_TO = Pattern
		.compile("^[\\s,.!?…]*(according to|quoted by|citing)\\s+([^,.;:!?]+)", Pattern.CASE_INSENSITIVE);

	static final Pattern DESCRIPTION_THEN_VERB = Pattern.compile("^[\\s,.!?…]*((?:the|a|an|several|some)\\s+"
			+ "(?:[\\p{L}.’'-]+\\s+){0,3}?(?:" + PEOPLE + "))\\s+(?:has\\s+|have\\s+|had\\s+)?(" + VERBS + ")\\b",
			Pattern.CASE_INSENSITIVE);

	static final Pattern VERB_AFTER_NAME = Pattern.compile("^[\\s,]*(?:[\\p{L}’'.-]+\\s+){0,2}?(" + VERBS + ")\\b");

	/** A description of a speaker ending right before the cue: "a Kremlin aide", "U.S. officials". */
	static final Pattern DESCRIPTION_BEFORE = Pattern.compile(
			"((?:(?:the|a|an|several|some|two|three|many|senior|[\\p{Lu}][\\p{L}.’'-]*|[\\p{Ll}-]+)\\s+){0,4}(?:" + PEOPLE
					+ "))(?:\\s+(?:with|of|familiar|close)\\b[^,]{0,40})?\\s*(?:,\\s*)?(?:have\\s+|has\\s+|had\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	static final Pattern PRONOUN_BEFORE = Pattern.compile("\\b(he|she|they)\\s+(?:has\\s+|had\\s+|have\\s+|also\\s+|later\\s+)?$",
			Pattern.CASE_INSENSITIVE);

	static final Pattern POSSESSIVE_STATEMENT = Pattern.compile(
			"['’]s\\s+(?:\\w+\\s+)?(statement|remarks|comments|post|interview|words|announcement|claim|pledge|promise"
					+ "|tweet|message|letter|speech)\\b",
			Pattern.CASE_INSENSITIVE);

	static final Pattern NOT_SPEECH_BEFORE = Pattern.compile(
			"(?i)(so-called|titled|entitled|dubbed|nicknamed|known as|the word|the words|the term|the phrase|the slogan"
					+ "|the hashtag|the headline|the book|the film|the song|the album|the show|the series)\\s*$");

	private Cues() {
	}

}
