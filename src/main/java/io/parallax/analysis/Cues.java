package io.parallax.analysis;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.text.SpeechVerbs;

/**
 * The words that attribute speech or information in English news copy.
 */
final class Cues {

	static final String VERBS = SpeechVerbs.FINITE;

	static final String PARTICIPLES = SpeechVerbs.PARTICIPLES;

	/** Nouns for papers cited without a name: "the lawsuit", "court documents", "a handwritten note". */
	static final String DOCUMENTS = "lawsuit|suit|complaint|indictment|filings?|documents|court papers|ruling"
			+ "|affidavit|petition|memo|note|reports?";

	/** Nouns for people (or papers) cited without a name: "U.S. officials", "people with knowledge of the call". */
	static final String PEOPLE = "officials?|sources?|diplomats?|aides?|people|analysts?|experts?|spokesm[ae]n"
			+ "|" + DOCUMENTS
			+ "|spokeswom[ae]n|spokespersons?|advisers?|advisors?|insiders?|observers?|witnesses|residents|ministers?"
			+ "|lawmakers|negotiators?|envoys?|officers?|authorities|media|agencies|president|leaders?"
			+ "|users?|members?"
			+ "|(?:" + String.join("|", Lexicon.ROLE_NOUNS) + "|critic|supporter|protester|activist|investigator|police"
			+ "|justice|democrat|republican)s?";

	static final Pattern LAST_CUE = Pattern.compile(
			"(?i)\\b(according to|quoted by|" + VERBS + "|" + PARTICIPLES + ")\\b(?!.*\\b(?:according to|quoted by|"
					+ VERBS + "|" + PARTICIPLES + ")\\b)");

	/** Any word that attributes speech or information. */
	static final Pattern ANY_CUE = Pattern.compile("(?i)\\b(?:according to|quoted by|" + VERBS + "|" + PARTICIPLES
			+ ")\\b");

	static final Pattern PRONOUN_THEN_VERB = Pattern
		.compile("^[\\s,.!?…]*(he|she|they)\\s+(?:later\\s+|also\\s+)?(" + VERBS + ")\\b", Pattern.CASE_INSENSITIVE);

	static final Pattern INVERTED = Pattern.compile("^[\\s,.!?…]*(said|says|stated|added|wrote|asked|told|noted)\\s+",
			Pattern.CASE_INSENSITIVE);

	/**
	 * A full stop that ends an initial, not a phrase: the "U.S." of "the U.S. Attorney’s Office", "John F. Kerry". A
	 * title's ("Sen.", "Mr.") still ends one, as it did: the phrases cut here name sources, and a titled name among
	 * them is found by the name finder.
	 */
	static final String INITIAL_STOP = "(?<=(?:^|[\\s.])(?-i:\\p{Lu}))\\.";

	/** A full stop that ends a phrase: any but an initial's. */
	static final String PHRASE_STOP = "\\.(?<!(?:^|[\\s.])(?-i:\\p{Lu})\\.)";

	/** A phrase's words up to a punctuation mark, initials' full stops inside it. */
	private static final String PHRASE = "(?:[^,.;:!?]|" + INITIAL_STOP + ")";

	static final Pattern ACCORDING_TO = Pattern
		.compile("^[\\s,.!?…]*(according to|quoted by|citing)\\s+(" + PHRASE + "+)", Pattern.CASE_INSENSITIVE);

	/**
	 * A description and its verb: "a Kremlin aide said", "a handwritten note on the petition said", "the lawsuit
	 * from Nebraska and Oklahoma, where marijuana is still outlawed, argues" (a clause between them in commas, and
	 * a "but" or "and" before them, do not change who speaks).
	 */
	static final Pattern DESCRIPTION_THEN_VERB = Pattern.compile("^[\\s,.!?…]*(?:(?:but|and|yet)\\s+)?"
			+ "((?:the|a|an|one|several|some)\\s+(?:[\\p{L}.’'-]+\\s+){0,3}?(?:" + PEOPLE + ")"
			+ "(?:\\s+(?:for|of|at|with|from|on|in|who)\\s+[^,;:!?“”\"]{2,60}?)?)(?:\\s*,[^,;:!?“”\"]{1,80},)?"
			+ "\\s+(?:has\\s+|have\\s+|had\\s+)?(" + VERBS + ")\\b",
			Pattern.CASE_INSENSITIVE);

	/**
	 * What may stand between a name and its verb without changing who speaks: an age (", 47,"), a party and
	 * state ("(D-Vt.)", ", R-S.C.,"), an auxiliary ("has", "also").
	 */
	static final String APPOSITION = "(?:\\s*,\\s*\\d{1,3}\\s*,|\\s*\\([^)]{1,24}\\)|\\s*,\\s*[RDI]-[\\p{L}.]{2,12}\\s*,"
			+ "|\\s+of\\s+\\p{Lu}[\\p{L}.]+(?:\\s+\\p{Lu}[\\p{L}.]+)?)?";

	/**
	 * A longer apposition after a name, describing them before the verb comes: ", the executive director of the
	 * Marijuana Industry Group, a Colorado-based trade group, said".
	 */
	static final String DESCRIPTIVE_APPOSITION = "(?:\\s*,\\s*[\\p{L}][^,“”\"]{0,100}"
			+ "(?:,[^,“”\"]{0,100})?,)?";

	static final Pattern VERB_AFTER_NAME = Pattern.compile(
			"^" + APPOSITION + DESCRIPTIVE_APPOSITION + "[\\s,]*(?:[\\p{L}’'.-]+\\s+){0,2}?(" + VERBS + ")\\b");

	/** A description that points back: "the agency", "the group", "the statement" (group 2: a statement's). */
	/** Nouns that stand for an organisation the article has named: "the agency", "the group". */
	private static final String ORGANISATION_NOUNS = "agency|group|organi[sz]ation|company|department|committee"
			+ "|campaign|union|party|firm|ministry|court|administration|office|board|council";

	static final Pattern BACK_REFERENCE = Pattern.compile("(?i)the\\s+(?:(" + ORGANISATION_NOUNS + ")"
			+ "|(statement|letter|post|tweet|release))");

	/** "…,” the agency said", "…,” the group wrote": an organisation named before, referred back to. */
	static final Pattern BACK_REFERENCE_THEN_VERB = Pattern.compile("(?i)^[\\s,.!?…]*(the\\s+(?:" + ORGANISATION_NOUNS
			+ "))\\s+(?:has\\s+|had\\s+)?(" + VERBS + ")\\b");

	/** "The statement on her health, from Dr. Lisa Bardack, …, said": the author of a statement that speaks. */
	static final Pattern STATEMENT_FROM_BEFORE = Pattern.compile("(?i)\\b(?:statement|letter|note|memo|message"
			+ "|release)\\b[^“”\".;]{0,40}?\\bfrom\\s+(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,2}$");

	/** "a statement from the Democratic committee said", "in a statement by the Pentagon". */
	static final Pattern STATEMENT_FROM = Pattern.compile("^[\\s,.!?…]*(?:in\\s+)?(?:a|an|the)\\s+(?:joint\\s+|written\\s+)?"
			+ "(?:statement|letter|post|tweet|(?:press\\s+|news\\s+)?release)\\s+(?:from|by)\\s+(" + PHRASE + "{2,60}?)(?:\\s+(" + VERBS
			+ ")\\b|[,;]|" + PHRASE_STOP + "|$)", Pattern.CASE_INSENSITIVE);

	/**
	 * A modal or auxiliary verb, which ends a description of people: "who as president of the Senate would be
	 * expected to attend, has said" describes no one who has said anything.
	 */
	private static final String MODAL = "(?:will|would|can|could|may|might|shall|should|must|do|does|did|is|are|was"
			+ "|were|be)\\b";

	/**
	 * A lowercase word that may describe people ("former", "longtime", "campaign"): not one that opens another clause
	 * or phrase ("as he neared the reporter", "speaking to the reporter").
	 */
	private static final String DESCRIBING_WORD = "(?!(?:to|for|with|by|at|near|as|when|while|after|before|since|if"
			+ "|because|although|though|unless|whether|that|which|where|who|he|she|they|it|we|i|you|was|were|is|are)"
			+ "\\b)[\\p{Ll}-]+";

	/** A description of people ending a phrase: "a Kremlin aide", "U.S. officials", "officials familiar with the talks". */
	private static final String DESCRIPTION = "(?![sS]\\s)((?:(?:the|a|an|several|some|two|three|many|senior"
			+ "|(?-i:\\p{Lu})[\\p{L}.’'-]*|" + DESCRIBING_WORD + ")\\s+){0,5}(?:" + PEOPLE + ")"
			+ "(?:\\s+(?:with|of|familiar|close|in|at|from|for)\\b(?:\\s+(?!" + MODAL + ")[^\\s,]+){0,6}?)?)\\s*(?:,\\s*)?"
			+ "(?:\\p{Ll}{3,}ly\\s+)?(?:have\\s+|has\\s+|had\\s+)?$";

	/**
	 * People described right after a verb of speech, from a determiner or a number: "one Democrat who opposed her",
	 * "a spokesman for the agency", "two officials familiar with the talks" (group 1).
	 */
	static final Pattern DESCRIPTION_AFTER_VERB = Pattern.compile("((?:a|an|the|one|two|three|four|several|some|many"
			+ "|another)\\s+(?:[\\p{L}’'.-]+\\s+){0,3}?(?:" + PEOPLE + ")(?:\\s+(?:who|with|of|familiar|close|for|at|in"
			+ "|from)\\b[^,.;:“”\"]{0,50})?)(?=[\\s,.;:]|$)", Pattern.CASE_INSENSITIVE);

	/** Whether a cited phrase describes people ("according to senior U.S. officials"). */
	static final Pattern DESCRIPTION_IN_PHRASE = Pattern.compile(DESCRIPTION, Pattern.CASE_INSENSITIVE);

	/**
	 * A description of a speaker ending right before the cue: "a Kremlin aide", "U.S. officials". It opens a clause
	 * (the sentence, or after a comma, a quotation or a conjunction), so that the words of another clause ("as he
	 * stood close to the reporter, said") are not taken for one.
	 */
	static final Pattern DESCRIPTION_BEFORE = Pattern.compile(
			"(?<=^|[,;:(—–”’\"]\\s{0,2}|\\b(?:and|but|that|which|while|when|because|although|though|as|after|before"
					+ "|since|until|if|where)\\s)" + DESCRIPTION,
			Pattern.CASE_INSENSITIVE);

	/** A verb the speaker did first, sharing the subject: "Paul Ryan called him and told him". */
	static final String COORDINATED_VERB = "(?:\\p{Ll}+ed(?:\\s+(?:him|her|them|it|me|us|reporters))?\\s+and\\s+)?";

	/** What may stand between a speaker and the verb: "has", "also", "once", "clearly". */
	static final String AUXILIARY = "(?:(?:has|had|have|also|later|once|then|never|\\p{Ll}{2,}ly)\\s+)?";

	/** A clause of a name's own, up to its verb: "President Trump, 72, who " (then "said"). */
	static final Pattern WHO_BEFORE_VERB = Pattern.compile("['’]?s?" + APPOSITION + "\\s*,?\\s*who\\s+" + AUXILIARY
			+ COORDINATED_VERB);

	/** A clause of a name's own whose verb is the speech: "President Trump, 72, who said". */
	static final Pattern WHO_SPEAKS = Pattern.compile(WHO_BEFORE_VERB.pattern() + "(?:" + VERBS + ")\\b");

	static final Pattern PRONOUN_BEFORE = Pattern.compile("\\b(he|she|they|it)\\s+" + AUXILIARY + "$",
			Pattern.CASE_INSENSITIVE);

	/** A definite description by a role, standing for a person: "the committee chairman", "the president". */
	static final Pattern ROLE_REFERENCE = Pattern.compile("(?i)the\\s+(?:[\\p{L}.’'-]+\\s+){0,2}?("
			+ String.join("|", Lexicon.ROLE_NOUNS) + ")");

	/** A tag closing a sentence: a few words and a verb of speech, then at most a short phrase ("in a statement"). */
	static final Pattern CLOSING_TAG = Pattern.compile("(?i)^[\\s,]*(?:[^\\s,;:“”\"]+\\s+){1,10}?(?:" + VERBS
			+ ")\\b(?:\\s+(?:in|on|at|to|during|after|before)\\b[^.;:“”\"]{0,50})?\\s*[.!?]?\\s*$");

	/** "according to the indictment" anywhere in a sentence (group 1: the source). */
	static final Pattern ACCORDING_TO_IN_SENTENCE = Pattern
		.compile("(?i)\\baccording to\\s+((?:[^,.;:!?“”\"]|" + INITIAL_STOP + ")+)");

	/** A verb of speech handing the quote that follows to its subject: "Stone said “", "he wrote that “". */
	static final Pattern SPEECH_RIGHT_BEFORE = Pattern
		.compile("(?i)\\b(?!told\\b|tell\\b|tells\\b)(?:" + VERBS + ")\\s*(?:that\\s*)?[,:]?\\s*$");

	static final Pattern POSSESSIVE_STATEMENT = Pattern.compile(
			"['’]s\\s+(?:\\w+\\s+)?(statement|remarks|comments|post|interview|words|announcement|claim|pledge|promise"
					+ "|tweet|message|letter|speech)\\b",
			Pattern.CASE_INSENSITIVE);

	static final Pattern NOT_SPEECH_BEFORE = Pattern.compile(
			"(?i)(so-called|titled|entitled|dubbed|nicknamed|known as|the word|the words|the term|the phrase|the slogan"
					+ "|the hashtag|the headline|the book|the film|the song|the album|the show|the series)\\s*$");

	private static final Pattern HEAD_NOUN = Pattern.compile("(?i)\\b(" + PEOPLE + ")\\b");

	private static final Pattern DOCUMENT_NOUN = Pattern.compile("(?i)" + DOCUMENTS);

	/**
	 * Whether a description names a paper rather than people: its first noun of either kind is a paper's ("the
	 * lawsuit from Nebraska and Oklahoma", "a handwritten note on the petition"; not "officials with the report").
	 */
	static boolean describesDocument(String description) {
		Matcher head = HEAD_NOUN.matcher(description);
		return head.find() && DOCUMENT_NOUN.matcher(head.group(1)).matches();
	}

	/** Whether a description has a noun for people or papers in it ("Officials", "U.S. sources", "the memo"). */
	static boolean describesPeopleOrPapers(String description) {
		return HEAD_NOUN.matcher(description).find();
	}

	private Cues() {
	}

}
