package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/** Scores whom each article cites: each distinct source once per article, and its kind. */
final class SourceScorer {

	private SourceScorer() {
	}

	static Pairing score(JsonNode expectedSources, Map<String, JsonNode> attributions, JsonNode foundEntities,
			ExpectedEntities entities) {
		Map<Long, String> entityNames = new LinkedHashMap<>();
		foundEntities.forEach(e -> entityNames.put(e.get("id").asLong(), e.get("name").asString()));
		Map<String, List<JsonNode>> found = new LinkedHashMap<>();
		attributions.forEach((file, list) -> {
			Map<String, JsonNode> distinct = new LinkedHashMap<>();
			for (JsonNode attribution : list) {
				String source = attribution.get("entityId").isNull() ? attribution.get("source").asString()
						: entityNames.getOrDefault(attribution.get("entityId").asLong(), attribution.get("source").asString());
				ObjectNode item = JsonNodeFactory.instance.objectNode();
				item.put("source", source);
				item.put("kind", attribution.get("kind").asString());
				// A source given in two forms the reader lists for one ("the suit", "the lawsuit") is one source.
				distinct.putIfAbsent(entities.speakerKey(source), item);
			}
			found.put(file, new ArrayList<>(distinct.values()));
		});
		return Pairing.of(expectedSources, found,
				(want, got) -> entities.same(want.get("source").asString(), got.get("source").asString()),
				(want, got) -> want.get("kind").asString().equals(got.get("kind").asString()));
	}

}
