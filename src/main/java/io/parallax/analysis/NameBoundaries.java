package io.parallax.analysis;

import java.util.List;
import java.util.Set;

import io.parallax.analysis.MentionFinder.Draft;
import io.parallax.text.NameTagger.Label;
import io.parallax.text.TaggedToken;

/**
 * Where a name really starts and ends when the tagger cut one apart or joined two: an organisation named after a
 * person or "of" a place, words before an ampersand, a party beside a chamber, a court case's title, a title's
 * word. General shapes of English names, not words of any one story.
 */
final class NameBoundaries {

	private static final Set<String> CASE_MARKS = Set.of("v.", "v", "vs.", "vs");

	/**
	 * Head words of institutions named after people ("Clinton Family Foundation", "Kennedy Center"), as opposed to
	 * an institution a person's name only qualifies ("the Nixon White House", "the Obama administration").
	 */
	private static final Set<String> NAMESAKE_HEADS = Set.of("Foundation", "Institute", "Center", "Centre", "Library",
			"Museum", "School", "College", "University", "Fund", "Trust", "Prize", "Award", "Hospital", "Airport",
			"Company", "Corporation", "Organization", "Organisation");

	/** The chambers parties sit in: "GOP Senate majority", "Senate Democrats". */
	private static final Set<String> CHAMBERS = Set.of("Senate", "House", "Congress", "Parliament", "Assembly");

	private NameBoundaries() {
	}

	/**
	 * Drafts the name the tagger found from {@code first} to {@code last} when it is one of the shapes above, marking
	 * its words used; returns the index the caller goes on after, or -1 when the name is an ordinary one.
	 */
	static int drafted(List<TaggedToken> tokens, List<Label> labels, boolean[] used, int first, int last,
			List<Draft> drafts) {
		if (labels.get(first) != Label.PERSON && isTitleOnly(tokens, first, last)) {
			// "Defense" in "Defense Secretary James Mattis": a title's word, not a name; the title takes it.
			return first;
		}
		int caseEnd = caseTitleEnd(tokens, first, last);
		if (caseEnd >= 0) {
			// "Gonzales v. Raich", "Roe v. Wade": the title of a court case, not a mention of its parties.
			markUsed(used, first, caseEnd);
			return caseEnd;
		}
		int end = organisationEnd(tokens, labels, first, last);
		if (end > last) {
			// "Clinton Family Foundation", "Humane Society of the United States": one organisation's name.
			int start = labels.get(first) == Label.ORGANIZATION ? organisationStart(tokens, labels, used, first) : first;
			drafts.removeIf(d -> d.last() >= start);
			drafts.add(new Draft(start, start, end, EntityKind.ORGANISATION));
			markUsed(used, start, end);
			return end;
		}
		if (isPartyAndChamber(tokens, first, last)) {
			// "Senate GOP campaign arm": a party and a chamber, two names; in "Republican Senate candidates" the
			// party is an adjective, and only the chamber is named.
			for (int k = first; k <= last; k++) {
				if (!Lexicon.isPartyAdjective(tokens.get(k).text())) {
					drafts.add(new Draft(k, k, k, EntityKind.ORGANISATION));
				}
			}
			markUsed(used, first, last);
			return last;
		}
		return -1;
	}

	/**
	 * Where an organisation's name starts when the model tagged only its end: "Fish & Wildlife Service", "Johnson &
	 * Johnson" (the words before an ampersand), "the U.S. Fish and Wildlife Service" (an untagged word joined by
	 * "and", after "the" or a place, which then belongs to the name too: the caller drops the place's draft).
	 */
	static int organisationStart(List<TaggedToken> tokens, List<Label> labels, boolean[] used, int first) {
		int start = first;
		while (start >= 2 && tokens.get(start - 1).text().equals("&") && !used[start - 2]
				&& MentionFinder.isCapitalisedWord(tokens, start - 2)) {
			start -= 2;
		}
		if (start >= 3 && tokens.get(start - 1).text().equals("and") && !used[start - 2]
				&& labels.get(start - 2) == Label.NONE && MentionFinder.isCapitalisedWord(tokens, start - 2)) {
			int before = start - 3;
			if (tokens.get(before).text().equalsIgnoreCase("the")) {
				return start - 2;
			}
			if (labels.get(before) == Label.LOCATION) {
				int place = before;
				while (place > 0 && labels.get(place - 1) == Label.LOCATION) {
					place--;
				}
				return place;
			}
		}
		return start;
	}

	/**
	 * "according to The Hill", "told The Times": one word after a capital "The" that follows a word in lower case is
	 * a publication's or an organisation's name, "The" and all, though the model may take it for a surname. Not in a
	 * title, where every word is capitalised ("an article titled “The Obama Girls …”") or "of" goes on ("his book The
	 * Art of the Deal"), nor after a dateline, nor a place ("the court in The Hague").
	 */
	static boolean titledWithThe(List<TaggedToken> tokens, List<Label> labels, boolean[] used, int first, int last) {
		if (first != last || first < 2 || !tokens.get(first - 1).text().equals("The") || used[first - 1]
				|| labels.get(first) == Label.LOCATION) {
			return false;
		}
		String before = tokens.get(first - 2).text();
		boolean titleGoesOn = first + 1 < tokens.size() && (MentionFinder.isCapitalisedWord(tokens, first + 1)
				|| tokens.get(first + 1).text().equals("of"));
		return Character.isLowerCase(before.codePointAt(0)) && !titleGoesOn;
	}

	private static boolean isTitleOnly(List<TaggedToken> tokens, int first, int last) {
		for (int k = first; k <= last; k++) {
			if (!Lexicon.isTitle(tokens.get(k).text())) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Where a case title "X v. Y" ends, when the name from {@code first} to {@code last} opens one or is one (the
	 * model may tag "Citizens United v. FEC" whole); -1 when it is no case title.
	 */
	private static int caseTitleEnd(List<TaggedToken> tokens, int first, int last) {
		for (int k = first + 1; k < last; k++) {
			if (CASE_MARKS.contains(tokens.get(k).text())) {
				return last;
			}
		}
		int mark = last + 1;
		if (mark + 1 >= tokens.size() || !CASE_MARKS.contains(tokens.get(mark).text())
				|| !MentionFinder.isCapitalisedWord(tokens, mark + 1)) {
			return -1;
		}
		int end = mark + 1;
		while (end + 1 < tokens.size() && MentionFinder.isCapitalisedWord(tokens, end + 1)) {
			end++;
		}
		return end;
	}

	/**
	 * Where an organisation's name ends when the model tagged its parts apart: names joined by an ampersand ("Fish &
	 * Wildlife Service"), a person's name before an institution named after them ("Clinton Family Foundation"), or an
	 * organisation "of" a place or body ("Humane Society of the United States", "Bank of America"); {@code last}
	 * when none of these.
	 */
	private static int organisationEnd(List<TaggedToken> tokens, List<Label> labels, int first, int last) {
		int next = last + 1;
		if (next + 1 < tokens.size() && tokens.get(next).text().equals("&")
				&& MentionFinder.isCapitalisedWord(tokens, next + 1)) {
			// "Fish & Wildlife Service" where the model tagged "Fish" a name of its own.
			int end = labels.get(next + 1) == Label.NONE ? next + 1 : runEnd(labels, next + 1);
			return organisationEnd(tokens, labels, first, end);
		}
		if (next >= tokens.size()) {
			return last;
		}
		if (labels.get(first) == Label.PERSON && labels.get(next) == Label.ORGANIZATION
				&& tokens.get(next).start() == tokens.get(last).end() + 1
				&& NAMESAKE_HEADS.contains(tokens.get(runEnd(labels, next)).text())) {
			return runEnd(labels, next);
		}
		if (labels.get(first) == Label.ORGANIZATION && tokens.get(next).text().equals("of")) {
			int k = next + 1 < tokens.size() && tokens.get(next + 1).text().equals("the") ? next + 2 : next + 1;
			if (k < tokens.size() && (labels.get(k) == Label.LOCATION || labels.get(k) == Label.ORGANIZATION)) {
				return runEnd(labels, k);
			}
		}
		return last;
	}

	private static int runEnd(List<Label> labels, int from) {
		int end = from;
		while (end + 1 < labels.size() && labels.get(end + 1) == labels.get(from)) {
			end++;
		}
		return end;
	}

	/** A two-word name made of a party and a chamber, either way round: "GOP Senate", "Senate Republicans". */
	private static boolean isPartyAndChamber(List<TaggedToken> tokens, int first, int last) {
		if (last != first + 1) {
			return false;
		}
		String a = tokens.get(first).text();
		String b = tokens.get(last).text();
		return isParty(a) && CHAMBERS.contains(b) || CHAMBERS.contains(a) && isParty(b);
	}

	private static boolean isParty(String word) {
		return Lexicon.partyOf(word).isPresent();
	}

	private static void markUsed(boolean[] used, int from, int to) {
		for (int k = from; k <= to; k++) {
			used[k] = true;
		}
	}

}
