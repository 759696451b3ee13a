package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.NameTagger;
import io.parallax.text.NameTagger.Label;
import io.parallax.text.TaggedToken;

/**
 * Finds the names of people, organisations and places in a sentence, with the titles and roles the sentence
 * gives them. Which words are a name, and of what, is the named-entity model's call; the titles before a name
 * ("Russian President", "Sen.", "Chief Justice") and titles that stand alone for a person ("the U.S. President")
 * come from the lexicon of titles.
 */
class MentionFinder {

	private static final int MAX_ROLE_WORDS = 6;

	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "at", "near", "across", "over",
			"into", "towards", "toward");

	private final NameTagger names;

	MentionFinder(NameTagger names) {
		this.names = names;
	}

	/**
	 * Finds the names of every sentence of an article, then makes the article agree with itself, as a reader
	 * does: a name is of one kind throughout (the kind most of its mentions have), and a word the article uses as
	 * a name elsewhere is a name where the model missed it too ("Akin made the remarks…" at a sentence's start).
	 *
	 * @param tokens each sentence's tagged tokens, in the order of the sentences
	 */
	List<NameMention> findAll(Long articleId, List<SentenceText> sentences, List<List<TaggedToken>> tokens) {
		List<List<Label>> labels = tokens.stream().map(names::label).toList();
		Map<String, EntityKind> known = ArticleKinds.of(tokens, labels);
		List<NameMention> mentions = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			List<Label> agreed = ArticleKinds.agree(tokens.get(i), labels.get(i), known);
			mentions.addAll(StateAbbreviations.addedTo(articleId, sentences.get(i),
					find(articleId, sentences.get(i), tokens.get(i), agreed)));
		}
		return mentions;
	}

	private List<NameMention> find(Long articleId, SentenceText sentence, List<TaggedToken> tokens, List<Label> labels) {
		boolean[] used = titleComplements(tokens, labels);
		List<Draft> drafts = new ArrayList<>();
		for (int i = 0; i < tokens.size(); i++) {
			if (labels.get(i) == Label.NONE || used[i] || !mayOpenName(tokens, i, labels.get(i))) {
				continue;
			}
			int last = i;
			while (last + 1 < tokens.size() && !used[last + 1] && (labels.get(last + 1) == labels.get(i)
					|| opensOrganisation(labels, i, last + 1))) {
				last++;
			}
			if (last == i && "ADJ".equals(tokens.get(i).tag()) && labels.get(i) != Label.PERSON) {
				// "Democratic", "Congressional": an adjective the model took for a name.
				continue;
			}
			if (isPartyInitial(tokens, i)) {
				// "R-Texas", "D-CT": a party's initial before a state; the state is the name.
				i = i + 1;
				continue;
			}
			if (NameBoundaries.titledWithThe(tokens, labels, used, i, last)) {
				drafts.add(new Draft(i - 1, i - 1, last, EntityKind.ORGANISATION));
				used[i - 1] = true;
				used[i] = true;
				continue;
			}
			int resumed = NameBoundaries.drafted(tokens, labels, used, i, last, drafts);
			if (resumed >= 0) {
				i = resumed;
				continue;
			}
			if (labels.get(i) == Label.ORGANIZATION) {
				int start = NameBoundaries.organisationStart(tokens, labels, used, i);
				drafts.removeIf(d -> d.last() >= start);
				i = start;
			}
			int first = labels.get(i) == Label.PERSON ? titleStart(tokens, labels, i) : i;
			for (int k = first; k <= last; k++) {
				used[k] = true;
			}
			// In "Trump-Putin summit" the model may take either name for an organisation: let the story decide.
			EntityKind kind = inHyphenatedPair(tokens, i, last) ? EntityKind.UNKNOWN : kindOf(labels.get(last));
			drafts.add(new Draft(first, i, last, kind));
			i = last;
		}
		drafts.addAll(standingTitles(tokens, used));
		drafts.sort(Comparator.comparingInt(Draft::first));
		List<NameMention> mentions = new ArrayList<>();
		for (Draft draft : drafts) {
			draft.toMention(articleId, sentence, tokens, mentions).ifPresent(mentions::add);
		}
		return mentions;
	}

	// The model splits "U.S. Senate", "White House", "Washington Post" into a place and an organisation: one name.
	private static boolean opensOrganisation(List<Label> labels, int first, int next) {
		return labels.get(first) == Label.LOCATION && labels.get(next) == Label.ORGANIZATION;
	}

	private static boolean isPartyInitial(List<TaggedToken> tokens, int first) {
		return tokens.get(first).text().length() == 1 && first + 1 < tokens.size() && tokens.get(first + 1).text().equals("-");
	}

	private static boolean inHyphenatedPair(List<TaggedToken> tokens, int first, int last) {
		boolean before = first >= 2 && tokens.get(first - 1).text().equals("-") && isNameWord(tokens, first - 2);
		boolean after = last + 2 < tokens.size() && tokens.get(last + 1).text().equals("-") && isNameWord(tokens, last + 2);
		return before || after;
	}

	private static boolean isNameWord(List<TaggedToken> tokens, int i) {
		return isCapitalisedWord(tokens, i) && tokens.get(i).text().length() > 1;
	}

	/**
	 * The words that complete a title rather than name something: "Defense" in "Secretary of Defense", "the
	 * Interior" in "Secretary of the Interior". They belong to the person's title.
	 */
	private static boolean[] titleComplements(List<TaggedToken> tokens, List<Label> labels) {
		boolean[] complement = new boolean[tokens.size()];
		for (int i = 1; i + 1 < tokens.size(); i++) {
			if (!joinsComplement(tokens.get(i)) || !Lexicon.isTitle(tokens.get(i - 1).text())) {
				continue;
			}
			int k = tokens.get(i + 1).text().equals("the") ? i + 2 : i + 1;
			while (k < tokens.size() && isCapitalisedWord(tokens, k) && labels.get(k) != Label.PERSON) {
				complement[k++] = true;
			}
		}
		return complement;
	}

	/** Titles the model does not tag, standing for a person named elsewhere: "the U.S. President". */
	private static List<Draft> standingTitles(List<TaggedToken> tokens, boolean[] used) {
		List<Draft> drafts = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			if (used[i] || !isCapitalisedWord(tokens, i)) {
				i++;
				continue;
			}
			int last = i;
			while (last + 1 < tokens.size() && !used[last + 1] && isCapitalisedWord(tokens, last + 1)) {
				last++;
			}
			boolean allTitles = true;
			for (int k = i; k <= last; k++) {
				allTitles &= Lexicon.isTitle(tokens.get(k).text()) || k < last && isOwnerWord(tokens.get(k));
			}
			// "the Spokesman-Review": a title's word in a hyphenated name is no title
			boolean hyphenated = last + 2 < tokens.size() && tokens.get(last + 1).text().equals("-")
					&& isCapitalisedWord(tokens, last + 2);
			if (allTitles && !hyphenated && Lexicon.isTitle(tokens.get(last).text()) && !isHonorific(tokens.get(last))) {
				drafts.add(new Draft(i, last + 1, last, null));
			}
			i = last + 1;
		}
		return drafts;
	}

	/** Where a person's title starts: "Russian President Vladimir Putin", "U.S. Sen. John Cornyn". */
	private static int titleStart(List<TaggedToken> tokens, List<Label> labels, int nameStart) {
		int start = nameStart;
		int k = nameStart - 1;
		while (k >= 0 && (untagged(labels, tokens, k) && isCapitalisedWord(tokens, k)
				&& (Lexicon.isTitle(tokens.get(k).text()) || isOwnerWord(tokens.get(k)) && titleAfter(tokens, k, nameStart))
				|| isTitleComplement(tokens, k, nameStart) || isTitleToCome(tokens, k))) {
			start = k;
			k--;
		}
		while (start < nameStart && !Lexicon.isTitle(tokens.get(start).text())) {
			start++;
		}
		return start;
	}

	// A word no name claims: untagged, or a title's word the model took for an organisation ("Defense Secretary").
	private static boolean untagged(List<Label> labels, List<TaggedToken> tokens, int k) {
		return labels.get(k) == Label.NONE || labels.get(k) != Label.PERSON && Lexicon.isTitle(tokens.get(k).text());
	}

	/**
	 * The word between a title and what it is the title of: "Secretary of the Interior", and the British "Minister for
	 * Europe" or "Deputy Assistant Secretary for Diplomatic Security".
	 */
	private static boolean joinsComplement(TaggedToken token) {
		return token.text().equals("of") || token.text().equals("for");
	}

	// "of", "the" and the capitalised words after them inside "Secretary of the Interior Ryan Zinke".
	private static boolean isTitleComplement(List<TaggedToken> tokens, int k, int nameStart) {
		for (int t = k - 1; t >= 0 && k - t <= 4; t--) {
			if (joinsComplement(tokens.get(t)) && t > 0 && Lexicon.isTitle(tokens.get(t - 1).text())) {
				return true;
			}
			if (!isCapitalisedWord(tokens, t) && !tokens.get(t).text().equals("the")) {
				return joinsComplement(tokens.get(k)) && Lexicon.isTitle(tokens.get(k - 1).text());
			}
		}
		return joinsComplement(tokens.get(k)) && k > 0 && Lexicon.isTitle(tokens.get(k - 1).text())
				&& k + 1 < nameStart;
	}

	/** The "-elect" or "-designate" of a title to come: "Representative-elect Mikie Sherrill". */
	private static boolean isTitleToCome(List<TaggedToken> tokens, int k) {
		// k is the hyphen or the word after it
		int hyphen = tokens.get(k).text().equals("-") ? k : k - 1;
		return hyphen >= 1 && hyphen + 1 < tokens.size() && tokens.get(hyphen).text().equals("-")
				&& TITLES_TO_COME.contains(tokens.get(hyphen + 1).text()) && Lexicon.isTitle(tokens.get(hyphen - 1).text());
	}

	private static final Set<String> TITLES_TO_COME = Set.of("elect", "designate");

	private static boolean titleAfter(List<TaggedToken> tokens, int from, int nameStart) {
		for (int k = from + 1; k < nameStart; k++) {
			if (Lexicon.isTitle(tokens.get(k).text())) {
				return true;
			}
		}
		return false;
	}

	// A capitalised word that may open a title: "Russian" President, "Kremlin" Aide, "Republican" Sen.
	private static boolean isOwnerWord(TaggedToken token) {
		return token.isCapitalised() && !Lexicon.NOT_NAMES.contains(token.text());
	}

	private static boolean isHonorific(TaggedToken token) {
		return Lexicon.isHonorific(token.text());
	}

	// A name opens with a capital, save a person's whose surname has its particle or capital inside: "diGenova".
	private static boolean mayOpenName(List<TaggedToken> tokens, int i, Label label) {
		String word = tokens.get(i).text();
		return isCapitalisedWord(tokens, i)
				|| label == Label.PERSON && word.length() > 2 && word.codePoints().skip(1).anyMatch(Character::isUpperCase);
	}

	static boolean isCapitalisedWord(List<TaggedToken> tokens, int i) {
		TaggedToken token = tokens.get(i);
		return token.isCapitalised() && token.text().codePoints().anyMatch(Character::isLetter)
				&& !Lexicon.NOT_NAMES.contains(token.text());
	}

	private static EntityKind kindOf(Label label) {
		return switch (label) {
			case PERSON -> EntityKind.PERSON;
			case ORGANIZATION -> EntityKind.ORGANISATION;
			case LOCATION -> EntityKind.PLACE;
			case NONE -> EntityKind.UNKNOWN;
		};
	}

	/**
	 * A name to be: tokens {@code first..last}, the name itself from {@code nameStart} (a title before it), of a
	 * kind; a null kind for a title standing alone.
	 */
	record Draft(int first, int nameStart, int last, EntityKind kind) {

		java.util.Optional<NameMention> toMention(Long articleId, SentenceText sentence, List<TaggedToken> tokens,
				List<NameMention> earlier) {
			String text = sentence.text();
			String role = roleBefore(tokens, first, text);
			boolean subject = earlier.isEmpty();
			if (kind == null) {
				return new NameSequence(text, tokens, first, last).toMention(articleId, sentence.id(), role, subject,
						false);
			}
			int start = tokens.get(nameStart).start();
			String name = NameSequence.stripPossessive(text.substring(start, tokens.get(last).end()));
			String title = nameStart > first ? text.substring(tokens.get(first).start(), tokens.get(nameStart - 1).end()) : null;
			boolean speaks = last + 1 < tokens.size() && Lexicon.SPEECH_VERBS.contains(tokens.get(last + 1).text());
			return java.util.Optional.of(new NameMention(articleId, sentence.id(), start, start + name.length(), name,
					joinRoles(role, title), kind, false, subject, placeHint(tokens, first, earlier, text), speaks));
		}

	}

	private static String joinRoles(String before, String title) {
		if (before == null) {
			return title;
		}
		return title == null ? before : before + " " + title;
	}

	/** A lowercase role just before the name ("Kremlin aide Yuri Ushakov", "his special envoy, Steve Witkoff"). */
	private static String roleBefore(List<TaggedToken> tokens, int nameStart, String sentence) {
		int end = nameStart - 1;
		if (end >= 0 && tokens.get(end).text().equals(",")) {
			end--;
		}
		int start = end;
		while (start >= 0 && end - start < MAX_ROLE_WORDS && isRoleWord(tokens.get(start))) {
			start--;
		}
		start++;
		String noun = start > end ? "" : tokens.get(end).text().toLowerCase();
		if (!Lexicon.ROLE_NOUNS.contains(noun) && !Lexicon.KIN_NOUNS.contains(noun)) {
			return null;
		}
		return sentence.substring(tokens.get(start).start(), tokens.get(end).end());
	}

	private static boolean isRoleWord(TaggedToken token) {
		return switch (token.tag()) {
			case "NOUN", "ADJ", "PROPN" -> !token.text().equals(",");
			default -> false;
		};
	}

	private static boolean placeHint(List<TaggedToken> tokens, int i, List<NameMention> earlier, String sentence) {
		if (i > 0 && PLACE_PREPOSITIONS.contains(tokens.get(i - 1).text())) {
			return true;
		}
		// A name in a list with a place is a place: "Donetsk, Luhansk and Crimea".
		if (earlier.isEmpty() || earlier.get(earlier.size() - 1).kind() != EntityKind.PLACE
				&& !earlier.get(earlier.size() - 1).placeHint()) {
			return false;
		}
		int from = earlier.get(earlier.size() - 1).end();
		if (from > tokens.get(i).start()) {
			return false;
		}
		String between = sentence.substring(from, tokens.get(i).start());
		return between.matches("['’]?s?\\s*(,|and|, and|or|, or)\\s*");
	}

}
