package io.parallax.analysis;

/**
 * Who a quote or a claim is attributed to, as the article puts it.
 *
 * @param text the words naming them ("Yuri Ushakov", "U.S. officials", "a Kremlin aide")
 * @param key a name key (for a named entity) or a role key (for a description such as "a Kremlin aide")
 * @param named true when a name was found, false for a description
 * @param cue the attributing words
 */
record Speaker(String text, String key, boolean named, String cue) {

	static Speaker of(NameMention mention, String cue) {
		// A title standing for someone ("the US President") is as specific as a name.
		return new Speaker(mention.name(), mention.roleOnly() ? Lexicon.key(mention.role()) : mention.key(), true,
				cue);
	}

	static Speaker described(String description, String cue) {
		String clean = description.strip().replaceFirst("^(?i)(which|who|whom|that|as|but|and|or|while)\\s+", "");
		String key = Lexicon.key(clean.replaceFirst("^(?i)(a|an|the|several|some|two|three)\\s+", ""));
		return new Speaker(clean, key, false, cue);
	}

}
