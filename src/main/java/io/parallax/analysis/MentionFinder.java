package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.TaggedToken;
import io.parallax.text.TokenTagger;

/**
 * Finds the names of people, organisations and places in a sentence from part-of-speech tags and capitalisation,
 * with the titles and roles the sentence gives them.
 */
class MentionFinder {

	private static final int MAX_ROLE_WORDS = 6;

	private static final java.util.regex.Pattern PAIR = java.util.regex.Pattern
		.compile("(\\p{Lu}\\p{Ll}{2,})[-–](\\p{Lu}\\p{Ll}{2,})");

	private static final Set<String> PLACE_PREPOSITIONS = Set.of("in", "to", "from", "at", "near", "across", "over",
			"into", "towards", "toward");

	private final TokenTagger tagger;

	MentionFinder(TokenTagger tagger) {
		this.tagger = tagger;
	}

	/**
	 * Finds the names in every sentence of an article. A second pass takes a sentence's first word as a name
	 * when the article uses it as one elsewhere: the tagger often misreads "Trump said…" at a sentence's start.
	 */
	List<NameMention> findAll(Long articleId, List<SentenceText> sentences) {
		List<List<TaggedToken>> tagged = sentences.stream().map(s -> tagger.tag(s.text())).toList();
		List<NameMention> firstPass = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			firstPass.addAll(find(articleId, sentences.get(i), tagged.get(i), Set.of()));
		}
		Set<String> known = new java.util.HashSet<>();
		firstPass.stream().filter(m -> !m.roleOnly()).forEach(m -> known.addAll(List.of(m.name().split("\\s+"))));
		List<NameMention> mentions = new ArrayList<>();
		for (int i = 0; i < sentences.size(); i++) {
			mentions.addAll(find(articleId, sentences.get(i), tagged.get(i), known));
		}
		return withSurnamesAsPeople(mentions);
	}

	/** "Trump" alone is a person in an article that names "Donald Trump". */
	private static List<NameMention> withSurnamesAsPeople(List<NameMention> mentions) {
		Set<String> surnames = new java.util.HashSet<>();
		mentions.stream()
			.filter(m -> m.kind() == EntityKind.PERSON && !m.roleOnly() && m.wordCount() >= 2)
			.forEach(m -> surnames.add(m.lastWordKey()));
		return mentions.stream()
			.map(m -> m.kind() == EntityKind.UNKNOWN && m.wordCount() == 1 && surnames.contains(m.key())
					? m.asPerson() : m)
			.toList();
	}

	List<NameMention> find(Long articleId, SentenceText sentence) {
		return find(articleId, sentence, tagger.tag(sentence.text()), Set.of());
	}

	private List<NameMention> find(Long articleId, SentenceText sentence, List<TaggedToken> tokens, Set<String> known) {
		List<NameMention> mentions = new ArrayList<>();
		int i = 0;
		while (i < tokens.size()) {
			if (!isNameToken(tokens, i) && !(i == 0 && known.contains(NameSequence.stripPossessive(tokens.get(0).text()))
					&& tokens.get(0).isCapitalised())) {
				i++;
				continue;
			}
			int j = i;
			while (j + 1 < tokens.size() && (isNameToken(tokens, j + 1) || isInnerOf(tokens, j + 1))) {
				j++;
			}
			if (i == j && PAIR.matcher(tokens.get(i).text()).matches()) {
				mentions.addAll(pair(articleId, sentence, tokens.get(i)));
				i++;
				continue;
			}
			NameSequence sequence = new NameSequence(sentence.text(), tokens, i, j);
			sequence.titleOwner(articleId, sentence.id()).ifPresent(mentions::add);
			sequence.toMention(articleId, sentence.id(), roleBefore(tokens, i, sentence.text()), mentions.isEmpty(),
					placeHint(tokens, i, mentions, sentence.text()))
				.ifPresent(mentions::add);
			i = j + 1;
		}
		return mentions;
	}

	/** "Trump–Putin meeting": two names joined by a dash are two mentions. */
	private static List<NameMention> pair(Long articleId, SentenceText sentence, TaggedToken token) {
		java.util.regex.Matcher m = PAIR.matcher(token.text());
		m.matches();
		return List.of(
				new NameMention(articleId, sentence.id(), token.start(), token.start() + m.end(1), m.group(1), null,
						EntityKind.UNKNOWN, false, false, false, false),
				new NameMention(articleId, sentence.id(), token.start() + m.start(2), token.start() + m.end(2), m.group(2),
						null, EntityKind.UNKNOWN, false, false, false, false));
	}

	private static boolean isNameToken(List<TaggedToken> tokens, int i) {
		TaggedToken token = tokens.get(i);
		String text = token.text();
		if (!token.isCapitalised() || text.length() < 2 || Lexicon.NOT_NAMES.contains(text.split("['’]")[0])) {
			return false;
		}
		boolean opensSentence = i == 0 || tokens.get(i - 1).text().matches("[“\"‘'(:]");
		if (token.isProperNoun() || Lexicon.isTitle(text)) {
			return true;
		}
		// Inside a sentence, news copy capitalises names and little else; the tagger may take "Trump" for a verb.
		return !opensSentence && text.codePoints().anyMatch(Character::isLetter);
	}

	// "Secretary of State", "Bank of England": "of" joins two capitalised parts.
	private static boolean isInnerOf(List<TaggedToken> tokens, int i) {
		return tokens.get(i).text().equals("of") && i + 1 < tokens.size() && isNameToken(tokens, i + 1)
				&& Lexicon.isTitle(tokens.get(i - 1).text()) || tokens.get(i).text().equals("of")
						&& i + 1 < tokens.size() && isNameToken(tokens, i + 1)
						&& Lexicon.ORGANISATION_WORDS.contains(tokens.get(i - 1).text());
	}

	/**
	 * A lowercase role just before the name ("Kremlin aide Yuri Ushakov", "his special envoy, Steve Witkoff").
	 */
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
		if (start > end || !Lexicon.ROLE_NOUNS.contains(tokens.get(end).text().toLowerCase())) {
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
