package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import io.parallax.text.ContentWords;
import io.parallax.text.SpeechVerbs;
import io.parallax.text.TaggedToken;

/**
 * Splits a news sentence into the facts it states, one clause each, from its part-of-speech tags (OpenNLP's
 * Universal Dependencies tags; there is no parser on the classpath). A news sentence often carries several facts
 * ("Mattis, who is 68, resigned on Thursday and Trump named his deputy"), and two outlets that share one of them
 * write different sentences around it: compared whole, the sentences look apart; compared clause by clause, the
 * shared fact shows.
 * <p>
 * A clause starts at a semicolon; at a coordinating conjunction between two stretches that each have a verb
 * ("…resigned, and Trump named…"); at a subordinating conjunction of time or cause that opens a stretch with its own
 * verb ("after he met…", "because…"); and at a relative or participial clause set off by a comma (", who is 68,",
 * ", citing…"), which runs to the next comma. A clause without a subject of its own ("…and left office",
 * ", citing…") takes the main clause's; a relative clause takes the noun it describes. Who said it ("Trump said",
 * ", officials said", "according to the Pentagon") is not part of the fact and is left out, unless it is all the
 * sentence states. A quotation the sentence opens (the marks as {@link QuoteMarks} reads them) is never split: a
 * quoted statement is compared as one. A stretch too short to state a fact stays with the clause before it.
 * <p>
 * Each sentence is split once, when its article is analysed, from the tags the names were found with, and its clauses
 * stored ({@link SentenceClauses}).
 */
final class ClauseSplitter {

	/** Fewer content words than this state no fact of their own ("and more", ", officials said"). */
	static final int MIN_CLAUSE_WORDS = 3;

	private static final Pattern REPORTING = Pattern.compile("(?i)" + SpeechVerbs.REPORTING);

	/** What closes a sentence with its source (", officials said."), not with a fact (", a charge he denies."). */
	private static final Pattern CLOSING_ATTRIBUTION = Pattern.compile(
			"(?i)" + SpeechVerbs.PLAIN_REPORTING + "|according");

	private static final Set<String> COORDINATORS = Set.of("and", "but", "yet", "while", "whereas");

	private static final Set<String> SUBORDINATORS = Set.of("after", "because", "although", "though", "before",
			"since", "when", "as", "until", "once");

	private static final Set<String> RELATIVES = Set.of("who", "which", "whose", "whom", "where");

	private static final Set<String> SUBJECT_TAGS = Set.of("PROPN", "NOUN", "PRON", "NUM", "ADJ");

	private ClauseSplitter() {
	}

	/**
	 * @param sentence the sentence's text, which the tokens' offsets point into
	 * @return the clauses' texts, in order, each its own words (tokens joined by spaces) with the subject it borrows
	 *     first; the whole sentence when nothing but who said it would remain ("According to police.")
	 */
	static List<String> split(String sentence, List<TaggedToken> tokens) {
		boolean[] quoted = quoted(sentence, tokens);
		boolean[] dropped = attribution(tokens, quoted);
		List<String> clauses = new ArrayList<>();
		for (Segment segment : segments(tokens, quoted, dropped)) {
			String text = segment.text(tokens, dropped);
			if (!clauses.isEmpty() && ContentWords.of(text).size() < MIN_CLAUSE_WORDS) {
				clauses.add(clauses.remove(clauses.size() - 1) + " " + text);
			}
			else {
				clauses.add(text);
			}
		}
		if (clauses.size() > 1 && ContentWords.of(clauses.get(0)).size() < MIN_CLAUSE_WORDS) {
			String first = clauses.remove(0);
			clauses.set(0, first + " " + clauses.get(0));
		}
		return clauses.isEmpty() ? List.of(sentence) : clauses;
	}

	/** A stretch of tokens (some of which may belong to a clause set inside it) and the subject it borrows. */
	private static final class Segment {

		final List<Integer> indices = new ArrayList<>();

		final List<Integer> subject;

		Segment(List<Integer> subject) {
			this.subject = subject;
		}

		String text(List<TaggedToken> tokens, boolean[] dropped) {
			StringBuilder text = new StringBuilder();
			for (int i : subject) {
				text.append(tokens.get(i).text()).append(' ');
			}
			for (int i : indices) {
				if (!dropped[i]) {
					text.append(tokens.get(i).text()).append(' ');
				}
			}
			return text.toString().strip();
		}

		boolean hasVerb(List<TaggedToken> tokens) {
			return indices.stream().anyMatch(i -> isVerb(tokens.get(i)));
		}

	}

	private static List<Segment> segments(List<TaggedToken> tokens, boolean[] quoted, boolean[] dropped) {
		List<Segment> done = new ArrayList<>();
		Segment main = new Segment(List.of());
		Segment inner = null;
		for (int i = 0; i < tokens.size(); i++) {
			TaggedToken token = tokens.get(i);
			String word = token.text().toLowerCase(Locale.ROOT);
			Segment current = inner != null ? inner : main;
			if (quoted[i] || dropped[i]) {
				current.indices.add(i);
				continue;
			}
			if (inner != null && (word.equals(",") || word.equals(";"))) {
				// a relative or participial clause set off by commas ends at the next one; the main clause resumes
				done.add(inner);
				inner = null;
				if (word.equals(";")) {
					done.add(main);
					main = new Segment(List.of());
				}
				continue;
			}
			if (word.equals(";")) {
				done.add(main);
				main = new Segment(List.of());
				continue;
			}
			boolean afterComma = i > 0 && tokens.get(i - 1).text().equals(",");
			if (inner == null && afterComma && RELATIVES.contains(word) && verbAhead(tokens, quoted, i + 1)) {
				inner = new Segment(antecedent(tokens, i - 1));
				continue;
			}
			if (inner == null && afterComma && participle(token) && verbless(tokens, quoted, i + 1)
					&& main.hasVerb(tokens)) {
				inner = new Segment(subjectOf(main, tokens, dropped));
				inner.indices.add(i);
				continue;
			}
			if (inner == null && COORDINATORS.contains(word) && main.hasVerb(tokens) && verbAhead(tokens, quoted, i + 1)
					&& !insideOpenClause(tokens, i)) {
				done.add(main);
				main = new Segment(startsWithVerb(tokens, i + 1) ? subjectOf(main, tokens, dropped) : List.of());
				continue;
			}
			if (inner == null && SUBORDINATORS.contains(word) && token.tag().equals("SCONJ") && main.hasVerb(tokens)
					&& verbAhead(tokens, quoted, i + 1)) {
				done.add(main);
				main = new Segment(List.of());
				continue;
			}
			current.indices.add(i);
		}
		if (inner != null) {
			done.add(inner);
		}
		done.add(main);
		done.removeIf(s -> s.indices.stream().allMatch(i -> dropped[i] || tokens.get(i).tag().equals("PUNCT")));
		return done;
	}

	private static boolean isVerb(TaggedToken token) {
		return token.tag().equals("VERB") || token.tag().equals("AUX");
	}

	/**
	 * A present or past participle opening a clause: ", citing…", ", prompting…", ", backed by…". The tagger takes
	 * some a clause opens with for nouns (", citing stubborn inflation").
	 */
	private static boolean participle(TaggedToken token) {
		String word = token.text().toLowerCase(Locale.ROOT);
		return token.tag().equals("VERB") && (word.endsWith("ing") || word.endsWith("ed"))
				|| token.tag().equals("NOUN") && word.endsWith("ing") && word.length() > 5;
	}

	/** Whether a verb comes before the next comma, semicolon or conjunction: the stretch is a clause, not a noun list. */
	private static boolean verbAhead(List<TaggedToken> tokens, boolean[] quoted, int from) {
		for (int i = from; i < tokens.size(); i++) {
			TaggedToken token = tokens.get(i);
			if (!quoted[i] && (token.text().equals(";") || token.text().equals(",")
					|| token.tag().equals("CCONJ"))) {
				return false;
			}
			if (isVerb(token)) {
				return true;
			}
		}
		return false;
	}

	/** A participial clause has no finite verb of its own before its end. */
	private static boolean verbless(List<TaggedToken> tokens, boolean[] quoted, int from) {
		for (int i = from; i < tokens.size(); i++) {
			if (!quoted[i] && (tokens.get(i).text().equals(",") || tokens.get(i).text().equals(";"))) {
				return true;
			}
			if (tokens.get(i).tag().equals("AUX")) {
				return false;
			}
		}
		return true;
	}

	private static boolean startsWithVerb(List<TaggedToken> tokens, int from) {
		for (int i = from; i < tokens.size(); i++) {
			String tag = tokens.get(i).tag();
			if (isVerb(tokens.get(i))) {
				return true;
			}
			if (!tag.equals("ADV") && !tag.equals("PART")) {
				return false;
			}
		}
		return false;
	}

	/**
	 * The main clause's subject: the words that name someone or something just before its first verb ("At a
	 * briefing on Monday, the minister said…" → "minister"), who-said-it left out.
	 */
	private static List<Integer> subjectOf(Segment main, List<TaggedToken> tokens, boolean[] dropped) {
		List<Integer> before = new ArrayList<>();
		for (int i : main.indices) {
			if (dropped[i]) {
				continue;
			}
			if (isVerb(tokens.get(i))) {
				break;
			}
			before.add(i);
		}
		List<Integer> subject = new ArrayList<>();
		for (int k = before.size() - 1; k >= 0 && subject.size() < 6; k--) {
			TaggedToken token = tokens.get(before.get(k));
			if (SUBJECT_TAGS.contains(token.tag())) {
				subject.add(0, before.get(k));
			}
			// the comma that closes a clause set inside ("The mayor, who…, announced") comes before the subject
			else if (!token.tag().equals("DET") && !token.tag().equals("PART")
					&& !(subject.isEmpty() && token.tag().equals("PUNCT"))) {
				break;
			}
		}
		return subject;
	}

	/**
	 * Whether a conjunction joins words inside a clause that a "that", "whether" or "if" opened and whose verb is
	 * still to come ("asked whether Zelensky and Putin had agreed"): then it joins two names, not two clauses.
	 */
	private static boolean insideOpenClause(List<TaggedToken> tokens, int conjunction) {
		for (int i = conjunction - 1; i >= 0; i--) {
			if (isVerb(tokens.get(i))) {
				return false;
			}
			if (tokens.get(i).tag().equals("SCONJ")) {
				return true;
			}
		}
		return false;
	}

	/** The noun a relative clause describes: the words naming it just before the comma. */
	private static List<Integer> antecedent(List<TaggedToken> tokens, int comma) {
		List<Integer> words = new ArrayList<>();
		for (int i = comma - 1; i >= 0 && words.size() < 4; i--) {
			String tag = tokens.get(i).tag();
			if (tag.equals("PROPN") || tag.equals("NOUN") || tag.equals("ADJ") || tag.equals("NUM")) {
				words.add(0, i);
			}
			else if (!tag.equals("DET") && !tokens.get(i).text().equals("’s") && !tokens.get(i).text().equals("'s")) {
				break;
			}
		}
		return words;
	}

	/**
	 * Which tokens are inside quotation marks the sentence opens (the marks included), as the quote finder reads the
	 * marks. A quote carried over from the sentence before is split like the reporter's words: outlets restate its
	 * facts in their own ("We believe this suit is without merit and we will…", continued from a quote opened before,
	 * is how one outlet reports what another puts as "Suthers said the lawsuit was without merit"). Kept whole, two
	 * of the development corpus's claim pairs were lost and none gained.
	 */
	private static boolean[] quoted(String sentence, List<TaggedToken> tokens) {
		boolean[] quoted = new boolean[tokens.size()];
		for (QuoteSpan span : QuoteMarks.openedIn(sentence)) {
			for (int i = 0; i < tokens.size(); i++) {
				quoted[i] |= tokens.get(i).start() >= span.start() && tokens.get(i).end() <= span.end();
			}
		}
		return quoted;
	}

	/**
	 * The tokens that say who said it: a leading "Officials said (that)", "X told reporters (that)", a closing ",
	 * officials said." or ", said X.", and "according to …". Left in when nothing with a verb would remain.
	 */
	private static boolean[] attribution(List<TaggedToken> tokens, boolean[] quoted) {
		boolean[] dropped = new boolean[tokens.size()];
		int n = tokens.size();
		// leading: up to eight words, no verb, then a reporting verb, then an optional object and "that"
		for (int i = 0; i < Math.min(n, 10); i++) {
			if (quoted[i]) {
				break;
			}
			if (isVerb(tokens.get(i)) && !REPORTING.matcher(tokens.get(i).text()).matches()) {
				break;
			}
			if (REPORTING.matcher(tokens.get(i).text()).matches() && i > 0) {
				int end = i + 1;
				for (int j = i + 1; j < Math.min(n, i + 5); j++) {
					if (tokens.get(j).text().equalsIgnoreCase("that")) {
						end = j + 1;
						break;
					}
				}
				if (end == i + 1 && i + 1 < n && !tokens.get(i + 1).tag().equals("PRON")
						&& !tokens.get(i + 1).tag().equals("PROPN") && !tokens.get(i + 1).tag().equals("DET")) {
					break;
				}
				if (verbAfter(tokens, end)) {
					for (int j = 0; j < end; j++) {
						dropped[j] = true;
					}
				}
				break;
			}
		}
		// closing: ", officials said." / ", said the official." / ", according to the Pentagon."
		for (int comma = n - 1; comma > 0; comma--) {
			if (quoted[comma]) {
				continue;
			}
			if (tokens.get(comma).text().equals(",")) {
				boolean reporting = false;
				boolean otherVerb = false;
				for (int j = comma + 1; j < n; j++) {
					String word = tokens.get(j).text();
					if (CLOSING_ATTRIBUTION.matcher(word).matches()) {
						reporting = true;
					}
					else if (tokens.get(j).tag().equals("VERB")) {
						otherVerb = true;
					}
				}
				if (reporting && !otherVerb && n - comma <= 12 && verbBefore(tokens, comma, dropped)) {
					for (int j = comma; j < n; j++) {
						dropped[j] = true;
					}
				}
				break;
			}
		}
		// "according to the Pentagon," at the start or inside
		for (int i = 0; i + 1 < n; i++) {
			if (!quoted[i] && tokens.get(i).text().equalsIgnoreCase("according") && tokens.get(i + 1).text().equals("to")) {
				int j = i;
				while (j < n && !tokens.get(j).text().equals(",") && !tokens.get(j).text().equals(".")) {
					dropped[j++] = true;
				}
				if (j < n && tokens.get(j).text().equals(",")) {
					dropped[j] = true;
				}
			}
		}
		return dropped;
	}

	private static boolean verbAfter(List<TaggedToken> tokens, int from) {
		for (int i = from; i < tokens.size(); i++) {
			if (isVerb(tokens.get(i))) {
				return true;
			}
		}
		return false;
	}

	private static boolean verbBefore(List<TaggedToken> tokens, int end, boolean[] dropped) {
		for (int i = 0; i < end; i++) {
			if (!dropped[i] && isVerb(tokens.get(i))) {
				return true;
			}
		}
		return false;
	}

}
