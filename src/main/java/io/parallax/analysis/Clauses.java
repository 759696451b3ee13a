package io.parallax.analysis;

import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Rough clause structure of an English news sentence, enough to find who says what.
 */
final class Clauses {

	private static final Pattern OPENING_PHRASE = Pattern.compile(
			"^(?:(?:At|In|On|During|After|Before|Following|Speaking|Asked|Despite|Since|Last|Earlier|Later|"
					+ "Meanwhile|Nonetheless|However|Still|Yet|As|Amid|Under|With|Without|For|From|By|Over|Instead|Separately|Now|Then"
					+ "|Today|Yesterday|Additionally|Moreover|Also|Indeed|Ultimately|Previously|Recently|Similarly|Notably)\\b[^,]{0,120},\\s*)");

	/**
	 * A main clause whose subject is a pronoun ("Instead, it condemned Mr. Trump’s approach"), but not the "it" that
	 * only announces a clause ("It does not appear that Mr. Blumenthal ever sought…").
	 */
	private static final Pattern PRONOUN_SUBJECT = Pattern.compile("(?i)^(?:he|she|they|we|i|it(?![^,.;]{0,40}\\b"
			+ "(?:appears?|appeared|seems?|seemed|clear|unclear|likely|unlikely|possible|true|evident|known)\\b"
			+ "[^,.;]{0,20}\\b(?:that|whether|if|how|why)\\b))\\b");

	/** A main clause whose subject is a description, not a name: "The lawsuit, which was brought by …". */
	private static final Pattern DESCRIBED_SUBJECT = Pattern
		.compile("^(?i:the|a|an)\\s+((?:\\p{Ll}[\\p{Ll}-]*\\s*){1,4}?),\\s*which\\b");

	/**
	 * A main clause whose subject is someone who speaks for another, described, not named: "The spokesperson also
	 * touted Grassley's record", "An aide to the senator said". The name after is whom they speak for.
	 */
	private static final Pattern HELPER_SUBJECT = Pattern.compile("^(?i:the|an?)\\s+(?:\\p{Ll}[\\p{Ll}-]*\\s+){0,3}?(?:"
			+ String.join("|", Lexicon.HELD_FOR_ANOTHER) + ")\\b(?!['’]|\\s*,)");

	/** A role noun right after a name: "U.S. attorney", "Kremlin aide", "Group's director". */
	private static final Pattern ROLE_AFTER = Pattern.compile("^['’]?s?\\s+(?:[\\p{Ll}-]+\\s+){0,2}?(?:"
			+ String.join("|", Lexicon.ROLE_NOUNS) + ")\\b");

	private static final Pattern FINITE_VERB = Pattern.compile("(?i)\\b(?:is|was|were|are|has|had|have|said|says"
			+ "|\\p{Ll}+ed)\\b");

	private static final String TITLES = "(?:\\p{Lu}[\\p{L}.’'-]*\\s+){0,3}";

	/** A dateline opening wire copy: "WASHINGTON —", "PALM BEACH, Fla. (AP) --". */
	private static final Pattern DATELINE = Pattern
		.compile("^\\p{Lu}[\\p{Lu} .,'’-]{1,40}(?:,\\s*[\\p{L}.]{2,12})?(?:\\s*\\([^)]{1,20}\\))?\\s*(?:—|–|--|-)\\s*");

	/** Words after which a name is the subject of a subordinate clause ("the day that Mr. Stone stood"). */
	private static final Pattern SUBORDINATOR_BEFORE = Pattern.compile("(?i)\\b(?:that|which|who|whom|whose|when"
			+ "|where|while|after|before|because|if|since|until|although|though|whether|as)\\s+" + TITLES + "$");

	/** Words after which a name is the object of a preposition or a verb ("told Fox News", "in Geneva"). */
	private static final Pattern GOVERNOR_BEFORE = Pattern.compile("(?i)\\b(?:told|tell|telling|to|on|in|at|of|for"
			+ "|from|with|by|about|against|than|via|into|toward|towards|across|through|near|around|between|among|under"
			+ "|beyond|within|along|outside|inside|during)\\s+(?:the\\s+|a\\s+|an\\s+)?" + TITLES + "$");

	private static final Pattern ROLE_WORDS = Pattern.compile("['’]?s?[\\s,]*(?:[\\p{L}.'’-]+[\\s,]+){0,5}");

	private Clauses() {
	}

	static int mainClauseStart(String sentence) {
		Matcher dateline = DATELINE.matcher(sentence);
		int from = dateline.find() ? dateline.end() : 0;
		Matcher matcher = OPENING_PHRASE.matcher(sentence.substring(from));
		return from + (matcher.find() ? matcher.end() : 0);
	}

	/** Whether the main clause from an offset has a pronoun for its subject, so no name is its subject. */
	static boolean pronounSubjectAt(String sentence, int from) {
		return PRONOUN_SUBJECT.matcher(sentence.substring(from)).find();
	}

	/** Whether the main clause from an offset opens with a description of something that is not a person. */
	static boolean describedSubjectAt(String sentence, int from) {
		return describedSubject(sentence, from).isPresent();
	}

	/**
	 * The description the main clause opens with, when it names no person ("The lawsuit, which …"), or names someone
	 * who speaks for another ("The spokesperson also touted …").
	 */
	static Optional<String> describedSubject(String sentence, int from) {
		Matcher helper = HELPER_SUBJECT.matcher(sentence.substring(from));
		if (helper.find()) {
			return Optional.of(helper.group());
		}
		Matcher described = DESCRIBED_SUBJECT.matcher(sentence.substring(from));
		if (!described.find()
				|| Lexicon.ROLE_NOUNS.stream().anyMatch(role -> described.group(1).matches("(?s).*\\b" + role + "s?\\b.*"))) {
			return Optional.empty();
		}
		return Optional.of(sentence.substring(from + described.start(), from + described.end(1)).strip());
	}

	/** Whether a role noun follows a name ("U.S. attorney"), making the name a modifier of someone's role. */
	static boolean roleFollows(String sentence, int nameEnd) {
		return ROLE_AFTER.matcher(sentence.substring(nameEnd)).find();
	}

	/** Whether a verb stands between two offsets, so the later name belongs to another clause. */
	static boolean verbBetween(String sentence, int from, int to) {
		return FINITE_VERB.matcher(sentence.substring(from, to)).find();
	}

	/** Whether the words before a name make it the object of a preposition or a verb. */
	static boolean objectAt(String sentence, int nameStart) {
		return GOVERNOR_BEFORE.matcher(sentence.substring(Math.max(0, nameStart - 40), nameStart)).find();
	}

	/** Whether the words before a name make it the subject of a subordinate clause. */
	static boolean subordinateAt(String sentence, int nameStart) {
		return SUBORDINATOR_BEFORE.matcher(sentence.substring(Math.max(0, nameStart - 40), nameStart)).find();
	}

	static boolean onlyRoleWordsBetween(String sentence, int from, int to) {
		if (from > to) {
			return false;
		}
		String between = sentence.substring(from, to);
		return ROLE_WORDS.matcher(between).matches()
				&& Lexicon.ROLE_NOUNS.stream().anyMatch(between.toLowerCase()::contains);
	}

}
