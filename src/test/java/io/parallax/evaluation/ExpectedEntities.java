package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * The people, organisations and places a reader found in one story, to tell whether two names (a speaker the
 * system gives, a speaker the reader wrote) stand for the same entity; and the unnamed speakers the reader found
 * referred to by more than one form ("the lawsuit", "the suit"), which are not entities but are one speaker.
 */
final class ExpectedEntities {

	private final List<JsonNode> entities = new ArrayList<>();

	private final List<Set<String>> forms = new ArrayList<>();

	private final List<Set<String>> descriptions = new ArrayList<>();

	private final List<String> descriptionNames = new ArrayList<>();

	/**
	 * @param described the story's {@code descriptions}: unnamed speakers, each with the other forms the article
	 * uses for it; null when the story has none
	 */
	ExpectedEntities(JsonNode expected, JsonNode described) {
		expected.forEach(e -> {
			entities.add(e);
			forms.add(Names.forms(e));
		});
		if (described != null) {
			described.forEach(d -> {
				descriptions.add(Names.forms(d));
				descriptionNames.add(Names.name(d.get("name").asString()));
			});
		}
	}

	List<JsonNode> all() {
		return entities;
	}

	Set<String> formsOf(int index) {
		return forms.get(index);
	}

	/** The entity a name stands for, or -1 when the reader listed no entity of that name. */
	int indexOf(String name) {
		String key = Names.name(name);
		for (int i = 0; i < forms.size(); i++) {
			if (forms.get(i).contains(key)) {
				return i;
			}
		}
		return -1;
	}

	/**
	 * One key for every form of the same unnamed speaker ("the suit" and "the lawsuit" are one source), the name
	 * itself for anything else.
	 */
	String speakerKey(String name) {
		String key = Names.name(name);
		for (int i = 0; i < descriptions.size(); i++) {
			if (descriptions.get(i).contains(key)) {
				return descriptionNames.get(i);
			}
		}
		return key;
	}

	/**
	 * Whether a found name is the expected one: the same entity, one of the forms the article uses for the same
	 * unnamed speaker, or the same words for a description.
	 */
	boolean same(String expected, String found) {
		if (expected == null || found == null) {
			return expected == null && found == null;
		}
		int index = indexOf(expected);
		if (index >= 0) {
			return forms.get(index).contains(Names.name(found));
		}
		String want = Names.name(expected);
		String got = Names.name(found);
		return want.equals(got) || descriptions.stream().anyMatch(d -> d.contains(want) && d.contains(got));
	}

}
