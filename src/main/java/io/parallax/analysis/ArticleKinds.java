package io.parallax.analysis;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parallax.text.NameTagger.Label;
import io.parallax.text.TaggedToken;

/**
 * One article's agreement with itself on names: which words it uses as names and of what kind, by majority of
 * the named-entity model's labels over the whole article, so that one sentence's odd label ("Trump" taken for an
 * organisation in "Trump-Putin summit", "Akin" missed at a sentence's start) follows the rest.
 */
final class ArticleKinds {

	private ArticleKinds() {
	}

	/** Every word the model labels as part of a name somewhere in the article, with its majority label. */
	static Map<String, EntityKind> of(List<List<TaggedToken>> tokens, List<List<Label>> labels) {
		Map<String, Map<Label, Integer>> votes = new HashMap<>();
		for (int s = 0; s < tokens.size(); s++) {
			for (int i = 0; i < tokens.get(s).size(); i++) {
				Label label = labels.get(s).get(i);
				String word = tokens.get(s).get(i).text();
				if (label != Label.NONE && word.length() > 1 && word.codePoints().anyMatch(Character::isUpperCase)) {
					votes.computeIfAbsent(word, w -> new EnumMap<>(Label.class)).merge(label, 1, Integer::sum);
				}
			}
		}
		Map<String, EntityKind> kinds = new HashMap<>();
		votes.forEach((word, counts) -> kinds.put(word,
				kindOf(counts.entrySet().stream().max(Map.Entry.comparingByValue()).orElseThrow().getKey())));
		return kinds;
	}

	/**
	 * A sentence's labels made to agree with the article: a single-word name takes the article's majority label,
	 * and a capitalised word the article names elsewhere (and that is no common sentence opener) becomes a name.
	 */
	static List<Label> agree(List<TaggedToken> tokens, List<Label> labels, Map<String, EntityKind> known) {
		List<Label> agreed = new ArrayList<>(labels);
		for (int i = 0; i < tokens.size(); i++) {
			String word = tokens.get(i).text();
			EntityKind kind = known.get(word);
			if (kind == null || Lexicon.NOT_NAMES.contains(word)) {
				continue;
			}
			boolean alone = (i == 0 || labels.get(i - 1) == Label.NONE) && (i + 1 == tokens.size() || labels.get(i + 1) == Label.NONE);
			// A missed word becomes a name only for people: an adjective such as "Republican" that once opened an
			// organisation's name ("Republican National Committee") stays a word elsewhere.
			if (alone && (labels.get(i) != Label.NONE || kind == EntityKind.PERSON)) {
				agreed.set(i, labelOf(kind));
			}
		}
		return agreed;
	}

	private static EntityKind kindOf(Label label) {
		return switch (label) {
			case PERSON -> EntityKind.PERSON;
			case ORGANIZATION -> EntityKind.ORGANISATION;
			case LOCATION -> EntityKind.PLACE;
			case NONE -> EntityKind.UNKNOWN;
		};
	}

	private static Label labelOf(EntityKind kind) {
		return switch (kind) {
			case PERSON -> Label.PERSON;
			case ORGANISATION -> Label.ORGANIZATION;
			case PLACE -> Label.LOCATION;
			case UNKNOWN -> Label.NONE;
		};
	}

}
