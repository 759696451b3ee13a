package io.parallax.analysis;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.TaggedToken;

/**
 * A political party named by its members or its nickname ("Democrats", "a Republican", "the GOP", "Tory
 * backbenchers"): a mention of the party, under its own name (also where the model took the word for a name), so that every outlet's way of naming it is one
 * organisation. The named-entity model takes these words for no name at all, and a reader counts the party among
 * the organisations a story mentions. The parties are the major ones of the United States and Britain, whose news
 * names them this way most.
 */
final class PartyMentions {

	private static final Map<String, String> PARTIES = Map.ofEntries(Map.entry("Democrat", "Democratic Party"),
			Map.entry("Democrats", "Democratic Party"), Map.entry("Dems", "Democratic Party"),
			Map.entry("Republican", "Republican Party"), Map.entry("Republicans", "Republican Party"),
			Map.entry("GOP", "Republican Party"), Map.entry("Tory", "Conservative Party"),
			Map.entry("Tories", "Conservative Party"), Map.entry("Labour", "Labour Party"));

	private PartyMentions() {
	}

	/**
	 * The names with the party mentions among them added, each where no other name holds its word. They are added
	 * after the speakers and sources are found: "Republicans said" names no one who speaks for the party.
	 */
	static List<NameMention> addedTo(Long articleId, List<NameMention> names, List<SentenceText> sentences,
			List<List<TaggedToken>> tokens) {
		// a name the model found that is one of the party's forms ("GOP") is the party too
		List<NameMention> all = new ArrayList<>(names.stream().map(PartyMentions::asParty).toList());
		for (int s = 0; s < sentences.size(); s++) {
			SentenceText sentence = sentences.get(s);
			List<TaggedToken> words = tokens.get(s);
			for (int i = 0; i < words.size(); i++) {
				TaggedToken token = words.get(i);
				String party = PARTIES.get(token.text());
				if (party != null && !partyInitial(words, i) && names.stream().noneMatch(m -> m.sentenceId()
						.equals(sentence.id()) && m.start() < token.end() && token.start() < m.end())) {
					all.add(new NameMention(articleId, sentence.id(),
							token.start(), token.end(), party, null, EntityKind.ORGANISATION, false, false, false, false));
				}
			}
		}
		return all;
	}

	private static NameMention asParty(NameMention name) {
		String party = PARTIES.get(name.name());
		return party == null ? name : new NameMention(name.articleId(), name.sentenceId(), name.start(), name.end(),
				party, name.role(), EntityKind.ORGANISATION, name.roleOnly(), name.subject(), name.placeHint(),
				name.speaks());
	}

	/** "R-Texas": the party's initial before a state, which is not this. */
	private static boolean partyInitial(List<TaggedToken> tokens, int i) {
		return i + 1 < tokens.size() && tokens.get(i + 1).text().equals("-");
	}

}
