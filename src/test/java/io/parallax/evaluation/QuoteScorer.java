package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores quotes (found in the right file, from their opening words) and their speakers (the entity, or the
 * description, the reader gives), overall and article by article.
 */
final class QuoteScorer {

	private QuoteScorer() {
	}

	record Result(Pairing pairing, Map<String, Score> speakersByArticle) {
	}

	/**
	 * A speaker is right when it is the reader's: the entity the system ties the quote to goes by one of the names
	 * the reader lists for the speaker, or, for an unnamed speaker, the description is the reader's.
	 */
	static Result score(JsonNode expectedQuotes, JsonNode foundQuotes, JsonNode foundEntities, ExpectedEntities entities) {
		Map<Long, JsonNode> entityById = new LinkedHashMap<>();
		foundEntities.forEach(e -> entityById.put(e.get("id").asLong(), e));
		Map<String, List<JsonNode>> found = new LinkedHashMap<>();
		for (JsonNode quote : foundQuotes) {
			for (JsonNode instance : quote.get("instances")) {
				ObjectNode item = JsonNodeFactory.instance.objectNode();
				item.put("text", instance.get("quotedText").asString());
				item.put("speaker", text(instance.get("speaker")));
				JsonNode entity = instance.hasNonNull("speakerEntityId")
						? entityById.get(instance.get("speakerEntityId").asLong()) : null;
				var forms = item.putArray("speakerForms");
				if (entity != null) {
					Names.forms(entity).forEach(forms::add);
				}
				item.put("partial", instance.get("partial").asBoolean());
				found.computeIfAbsent(instance.get("sourceFile").asString(), f -> new ArrayList<>()).add(item);
			}
		}
		Pairing pairing = Pairing.of(expectedQuotes, found,
				(want, got) -> Names.samePrefix(want.get("text").asString(), got.get("text").asString()),
				(want, got) -> rightSpeaker(want, got, entities));
		Map<String, Score> byArticle = new TreeMap<>();
		for (Pairing.Pair pair : pairing.pairs) {
			boolean right = rightSpeaker(pair.want(), pair.got(), entities);
			byArticle.merge(pair.file(), Score.paired(1, 1, 1).withDetail(right ? 1 : 0, 1), Score::plus);
		}
		return new Result(pairing, byArticle);
	}

	private static boolean rightSpeaker(JsonNode want, JsonNode got, ExpectedEntities entities) {
		String expected = text(want.get("speaker"));
		if (entities.same(expected, text(got.get("speaker")))) {
			return true;
		}
		int index = expected == null ? -1 : entities.indexOf(expected);
		return index >= 0 && got.get("speakerForms").valueStream().anyMatch(f -> entities.formsOf(index).contains(f.asString()));
	}

	static String text(JsonNode node) {
		return node == null || node.isNull() ? null : node.asString();
	}

}
