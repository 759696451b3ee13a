package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The people, organisations and places a reader found in one story, to tell whether two names (a speaker the
 * system gives, a speaker the reader wrote) stand for the same entity.
 */
final class ExpectedEntities {

	private final List<JsonNode> entities = new ArrayList<>();

	private final List<Set<String>> forms = new ArrayList<>();

	ExpectedEntities(JsonNode expected) {
		expected.forEach(e -> {
			entities.add(e);
			forms.add(Names.forms(e));
		});
	}

	List<JsonNode> all() {
		return entities;
	}

	Set<String> formsOf(int index) {
		return forms.get(index);
	}

	/** The entity a name stands for, or -1 when the reader listed no entity of that name. */
	int indexOf(String name) {
		String key = Names.norm(name);
		for (int i = 0; i < forms.size(); i++) {
			if (forms.get(i).contains(key)) {
				return i;
			}
		}
		return -1;
	}

	/** Whether a found name is the expected one: the same entity, or the same words for a description. */
	boolean same(String expected, String found) {
		if (expected == null || found == null) {
			return expected == null && found == null;
		}
		int index = indexOf(expected);
		return index >= 0 ? forms.get(index).contains(Names.norm(found)) : Names.norm(expected).equals(Names.norm(found));
	}

}
