package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

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
		List<NameMention> all = new ArrayList<>(names.stream().map(PartyMentions::asParty).toList());
		for (int s = 0; s < sentences.size(); s++) {
			SentenceText sentence = sentences.get(s);
			List<TaggedToken> words = tokens.get(s);
			for (int i = 0; i < words.size(); i++) {
				TaggedToken token = words.get(i);
				Optional<String> party = Lexicon.partyNamedBy(token.text());
				if (party.isPresent() && namesTheParty(words, i) && names.stream().noneMatch(m -> m.sentenceId()
						.equals(sentence.id()) && m.start() < token.end() && token.start() < m.end())) {
					all.add(new NameMention(articleId, sentence.id(), token.start(), token.end(), party.get(), null,
							EntityKind.ORGANISATION, false, false, false, false));
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

	/** A name the model found that is one of the party's forms ("GOP") is the party too. */
	private static NameMention asParty(NameMention name) {
		return Lexicon.partyNamedBy(name.name())
			.map(party -> new NameMention(name.articleId(), name.sentenceId(), name.start(), name.end(), party,
					name.role(), EntityKind.ORGANISATION, name.roleOnly(), name.subject(), name.placeHint(),
					name.speaks()))
			.orElse(name);
	}

}
