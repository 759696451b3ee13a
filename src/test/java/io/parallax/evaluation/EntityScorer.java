package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Scores the story's entities: found entities that are names a reader listed (precision; the rest are fragments or
 * junk), listed entities that were found (recall), kinds right, and people unified — every name form of one
 * person on one entity, and no entity standing for two.
 */
final class EntityScorer {

	private EntityScorer() {
	}

	record Result(Score entities, Score unified, List<String> notNames, List<String> wrongKinds, List<String> split,
			List<String> missed) {
	}

	static Result score(JsonNode found, ExpectedEntities expected) {
		List<String> notNames = new ArrayList<>();
		List<String> wrongKinds = new ArrayList<>();
		int real = 0;
		int kindRight = 0;
		int kindTotal = 0;
		for (JsonNode entity : found) {
			List<Integer> stands = standsFor(entity, expected);
			if (stands.isEmpty()) {
				notNames.add(entity.get("name").asString());
				continue;
			}
			real++;
			if (stands.size() == 1) {
				kindTotal++;
				String want = expected.all().get(stands.get(0)).get("kind").asString();
				if (want.equals(entity.get("kind").asString())) {
					kindRight++;
				}
				else {
					wrongKinds.add(entity.get("name").asString() + " (" + entity.get("kind").asString() + ", not " + want + ")");
				}
			}
		}
		int recalled = 0;
		int people = 0;
		int unified = 0;
		List<String> split = new ArrayList<>();
		List<String> missed = new ArrayList<>();
		for (int i = 0; i < expected.all().size(); i++) {
			List<JsonNode> holders = holdersOf(i, found, expected);
			if (holders.isEmpty()) {
				missed.add(expected.all().get(i).get("name").asString());
				continue;
			}
			recalled++;
			if (expected.all().get(i).get("kind").asString().equals("PERSON")) {
				people++;
				boolean one = holders.size() == 1 && standsFor(holders.get(0), expected).size() == 1;
				unified += one ? 1 : 0;
				if (!one) {
					split.add(expected.all().get(i).get("name").asString() + " -> "
							+ holders.stream().map(h -> h.get("name").asString()).toList());
				}
			}
		}
		Score entities = new Score(found.size(), real, expected.all().size(), recalled, kindRight, kindTotal);
		// "Unified" is a share of the people found: of them, how many sit on one entity of their own.
		return new Result(entities, Score.paired(people, people, unified), notNames, wrongKinds, split, missed);
	}

	private static List<Integer> standsFor(JsonNode entity, ExpectedEntities expected) {
		Set<String> forms = Names.forms(entity);
		List<Integer> indexes = new ArrayList<>();
		for (int i = 0; i < expected.all().size(); i++) {
			if (Names.overlap(forms, expected.formsOf(i))) {
				indexes.add(i);
			}
		}
		return indexes;
	}

	private static List<JsonNode> holdersOf(int index, JsonNode found, ExpectedEntities expected) {
		List<JsonNode> holders = new ArrayList<>();
		found.forEach(e -> {
			if (Names.overlap(Names.forms(e), expected.formsOf(index))) {
				holders.add(e);
			}
		});
		return holders;
	}

}
