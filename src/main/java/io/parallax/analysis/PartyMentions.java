package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.TaggedToken;

/**
 * A political party named by its members or its nickname ("Democrats", "a Republican", "the GOP", "Tory
 * backbenchers"): a mention of the party, under its own name (also where the model took the word for a name),
 * so that every outlet's way of naming it is one organisation. The named-entity model takes most of these words for
 * no name at all, and a reader counts the party among the organisations a story mentions. The parties are the major
 * ones of the United States and Britain, whose news names them this way most ({@link Lexicon#partyNamedBy}).
 */
final class PartyMentions {

	/** Words that make "Democrats" part of another party's name: "Liberal Democrats", "Social Democrats". */
	private static final Set<String> OTHER_PARTIES_FIRST_WORDS = Set.of("Liberal", "Lib", "Social", "Christian",
			"Free", "Sweden");

	private PartyMentions() {
	}

	/**
	 * The names with the party mentions among them added, each where no other name holds its word. They are added
	 * after the speakers and sources are found: "Republicans said" names no one who speaks for the party.
	 */
	static List<NameMention> addedTo(Long articleId, List<NameMention> names, List<SentenceText> sentences,
			List<List<TaggedToken>> tokens) {
		Map<Long, List<NameMention>> namesBySentence = names.stream()
			.collect(Collectors.groupingBy(NameMention::sentenceId));
		List<NameMention> all = new ArrayList<>();
		for (int s = 0; s < sentences.size(); s++) {
			SentenceText sentence = sentences.get(s);
			List<NameMention> named = namesBySentence.getOrDefault(sentence.id(), List.of());
			named.forEach(name -> all.addAll(asParty(name, sentence.text())));
			List<TaggedToken> words = tokens.get(s);
			for (int i = 0; i < words.size(); i++) {
				TaggedToken token = words.get(i);
				Optional<String> party = Lexicon.partyNamedBy(token.text());
				if (party.isPresent() && namesTheParty(words, i)
						&& named.stream().noneMatch(m -> m.start() < token.end() && token.start() < m.end())) {
					all.add(partyMention(articleId, sentence.id(), token.start(), token.end(), party.get()));
				}
			}
		}
		return all;
	}

	/**
	 * Not part of another party's name ("Liberal Democrats"); and as a sentence's first word, where any word is
	 * capitalised ("Labour shortages hit farms"), only before a verb or a possessive ("Labour said", "Labour’s").
	 */
	private static boolean namesTheParty(List<TaggedToken> words, int i) {
		if (i > 0) {
			return !OTHER_PARTIES_FIRST_WORDS.contains(words.get(i - 1).text());
		}
		if (i + 1 >= words.size()) {
			return true;
		}
		TaggedToken next = words.get(i + 1);
		return "VERB".equals(next.tag()) || next.text().matches("['’]s?|[,.;:]");
	}

	/**
	 * A name the model found that is one of the party's forms ("GOP") is the party too. One that ends in a party's
	 * word after a place or a modifier ("California Democrat", "Presumptive GOP"), or that is a party's word "of" a
	 * place ("Republican of North Carolina"), names a member of the party from somewhere: it is a mention of the
	 * party and, where the rest is a place, of the place; the rest is no name of its own ("Midwestern").
	 */
	private static List<NameMention> asParty(NameMention name, String sentence) {
		Optional<String> whole = Lexicon.partyNamedBy(name.name());
		if (whole.isPresent()) {
			return List.of(new NameMention(name.articleId(), name.sentenceId(), name.start(), name.end(), whole.get(),
					name.role(), EntityKind.ORGANISATION, name.roleOnly(), name.subject(), name.placeHint(),
					name.speaks()));
		}
		String[] words = name.name().split(" ");
		if (words.length < 2 || !sentence.startsWith(name.name(), name.start())) {
			return List.of(name);
		}
		String lastWord = words[words.length - 1];
		Optional<String> last = Lexicon.partyOf(lastWord);
		String rest = name.name().substring(0, name.name().lastIndexOf(' '));
		// not a group of members ("Log Cabin Republicans", "Liberal Democrats"), nor a person ("John Tory") unless
		// the rest is a place ("Illinois Democrat")
		boolean member = !lastWord.endsWith("s") && !OTHER_PARTIES_FIRST_WORDS.contains(words[words.length - 2])
				&& (name.kind() != EntityKind.PERSON || Lexicon.isPlace(rest));
		if (last.isPresent() && member) {
			int partyStart = name.start() + rest.length() + 1;
			return split(name, last.get(), partyStart, name.end(), name.start(), partyStart - 1);
		}
		Optional<String> first = Lexicon.partyOf(words[0]);
		if (first.isPresent() && words.length > 2 && words[1].equals("of")) {
			int partyEnd = name.start() + words[0].length();
			return split(name, first.get(), name.start(), partyEnd, partyEnd + " of ".length(), name.end());
		}
		return List.of(name);
	}

	private static NameMention partyMention(Long articleId, Long sentenceId, int start, int end, String party) {
		return new NameMention(articleId, sentenceId, start, end, party, null, EntityKind.ORGANISATION, false, false,
				false, false);
	}

	private static List<NameMention> split(NameMention name, String party, int partyStart, int partyEnd,
			int restStart, int restEnd) {
		List<NameMention> parts = new ArrayList<>();
		parts.add(partyMention(name.articleId(), name.sentenceId(), partyStart, partyEnd, party));
		String rest = name.name().substring(restStart - name.start(), restEnd - name.start());
		if (Lexicon.isPlace(rest)) {
			parts.add(new NameMention(name.articleId(), name.sentenceId(), restStart, restEnd, rest, null,
					EntityKind.PLACE, false, false, true, false));
		}
		return parts;
	}

}
