package io.parallax.analysis;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import io.parallax.text.TaggedToken;

/**
 * A run of capitalised tokens in a sentence, split into its title ("Russian President") and its name ("Vladimir
 * Putin"), and given a kind by the words it is made of.
 */
final class NameSequence {

	private static final Pattern DEMONYM = Pattern.compile("\\p{Lu}\\p{L}+(ian|ean|ese|ish|an|i|ern|ic)");

	private static final Pattern NATIONALITY = Pattern.compile("\\p{Lu}\\p{L}+(ians|eans|icans|ese|ish|ians['’]?)");

	private final String sentence;

	private final List<TaggedToken> tokens;

	private final int first;

	private final int last;

	NameSequence(String sentence, List<TaggedToken> tokens, int first, int last) {
		this.sentence = sentence;
		this.tokens = tokens;
		this.first = first;
		this.last = last;
	}

	/**
	 * The organisation or place that opens a title ("NATO Secretary General", "White House Press Secretary"),
	 * which the text mentions too.
	 */
	Optional<NameMention> titleOwner(Long articleId, Long sentenceId) {
		int titleEnd = lastTitleIndex();
		if (titleEnd <= first || titleEnd == last) {
			return Optional.empty();
		}
		int end = first;
		while (end + 1 < titleEnd && !Lexicon.isTitle(tokens.get(end + 1).text())) {
			end++;
		}
		String owner = text(first, end);
		if (Lexicon.isTitle(tokens.get(first).text())) {
			return Optional.empty();
		}
		EntityKind kind = Lexicon.isPlace(owner) ? EntityKind.PLACE
				: Lexicon.isOrganisation(owner) ? EntityKind.ORGANISATION : null;
		return kind == null ? Optional.empty()
				: Optional.of(new NameMention(articleId, sentenceId, start(first), end(end), owner, null, kind, false,
						false, false, false));
	}

	Optional<NameMention> toMention(Long articleId, Long sentenceId, String roleBefore, boolean subject,
			boolean placeHint) {
		if (isNationality()) {
			return Optional.empty();
		}
		int titleEnd = lastTitleIndex();
		String whole = text(first, last);
		boolean organisation = Lexicon.isOrganisation(stripPossessive(whole));
		int nameStart = titleEnd + 1;
		if (nameStart > last || organisation && Lexicon.isOrganisation(stripPossessive(text(nameStart, last)))) {
			nameStart = first;
		}
		String title = nameStart > first ? text(first, nameStart - 1) : null;
		if (nameStart == first && titleEnd == last) {
			return Optional.of(new NameMention(articleId, sentenceId, start(first), end(last),
					stripPossessive(whole), stripPossessive(whole), EntityKind.PERSON, true, subject, false, speaks()));
		}
		String name = stripPossessive(text(nameStart, last));
		String role = joinRoles(roleBefore, title);
		EntityKind kind = kind(name, role);
		return Optional.of(new NameMention(articleId, sentenceId, start(nameStart), start(nameStart) + name.length(),
				name, role, kind, false, subject, placeHint, speaks()));
	}

	private boolean speaks() {
		return last + 1 < tokens.size() && Lexicon.SPEECH_VERBS.contains(tokens.get(last + 1).text());
	}

	// "the Russians", "European allies": peoples and their adjectives are not entities.
	private boolean isNationality() {
		if (first != last || Lexicon.isPlace(tokens.get(first).text())) {
			return false;
		}
		String word = tokens.get(first).text();
		boolean beforeLowercase = last + 1 < tokens.size() && !tokens.get(last + 1).isCapitalised();
		boolean adjective = DEMONYM.matcher(word).matches() && beforeLowercase
				&& (tokens.get(last + 1).tag().matches("NOUN|ADJ") || "ADJ".equals(tokens.get(first).tag()));
		return NATIONALITY.matcher(word).matches() || adjective;
	}


	private EntityKind kind(String name, String role) {
		if (Lexicon.isOrganisation(name) || Lexicon.isMedia(name)) {
			return EntityKind.ORGANISATION;
		}
		if (Lexicon.isPlace(name)) {
			return EntityKind.PLACE;
		}
		if (role != null) {
			return EntityKind.PERSON;
		}
		boolean modifiesANoun = last + 1 < tokens.size() && "NOUN".equals(tokens.get(last + 1).tag());
		return name.contains(" ") && !modifiesANoun ? EntityKind.PERSON : EntityKind.UNKNOWN;
	}

	private int lastTitleIndex() {
		int index = first - 1;
		for (int i = first; i <= last; i++) {
			String word = tokens.get(i).text();
			boolean secretaryOfState = word.equals("State") && i >= first + 2 && tokens.get(i - 1).text().equals("of");
			if (Lexicon.isTitle(word) || secretaryOfState) {
				index = i;
			}
		}
		return index;
	}

	private static String joinRoles(String before, String title) {
		if (before == null) {
			return title;
		}
		return title == null ? before : before + " " + title;
	}

	private String text(int from, int to) {
		return sentence.substring(start(from), end(to));
	}

	private int start(int token) {
		return tokens.get(token).start();
	}

	private int end(int token) {
		return tokens.get(token).end();
	}

	/** "Trump’s" is Trump; "Ushakov." at a sentence's end is Ushakov, but "U.S." keeps its dots. */
	static String stripPossessive(String name) {
		String stripped = name.replaceAll("['’]s?$", "");
		String lastWord = stripped.substring(stripped.lastIndexOf(' ') + 1);
		return lastWord.endsWith(".") && lastWord.indexOf('.') == lastWord.length() - 1
				? stripped.substring(0, stripped.length() - 1) : stripped;
	}

}
