package io.parallax.analysis;

/**
 * A name found in a sentence, before mentions are clustered into entities.
 *
 * @param start where the name starts in its sentence (titles not included)
 * @param end where it ends (a possessive 's not included)
 * @param name the name as written, without title or possessive ("Vladimir Putin")
 * @param role the title or role the sentence gives it ("Russian President", "Kremlin aide"), or null
 * @param roleOnly true for a title that stands for a person without naming them ("the US President")
 * @param subject true for the first name of its sentence, the likeliest subject of its verb
 * @param placeHint true when a preposition or a list of places suggests a place ("in Geneva")
 * @param speaks true when a verb of speech follows the name ("Ushakov said"), which people do
 */
record NameMention(Long articleId, Long sentenceId, int start, int end, String name, String role,
		EntityKind kind, boolean roleOnly, boolean subject, boolean placeHint, boolean speaks) {

	NameMention asPerson() {
		return as(EntityKind.PERSON);
	}

	NameMention as(EntityKind other) {
		return new NameMention(articleId, sentenceId, start, end, name, role, other, roleOnly, subject, placeHint,
				speaks);
	}

	String key() {
		return Lexicon.key(name);
	}

	String lastWordKey() {
		String key = key();
		return key.substring(key.lastIndexOf(' ') + 1);
	}

	/** Whether the sentence gives the name in the possessive ("Grimm's attorney", "Jones’ lawyer"). */
	boolean possessiveIn(String sentence) {
		return sentence.startsWith("'s", end) || sentence.startsWith("’s", end)
				|| sentence.startsWith("'", end) && name.endsWith("s") || sentence.startsWith("’", end) && name.endsWith("s");
	}

	int wordCount() {
		return name.split("\\s+").length;
	}

}
