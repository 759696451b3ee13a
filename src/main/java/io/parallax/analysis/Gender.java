package io.parallax.analysis;

import java.util.regex.Pattern;

/**
 * What a text says of a person's gender, from the honorific or role it gives them ("Ms. Rice", "spokeswoman"),
 * so that "she said" is never given to a man the text calls "Mr.".
 */
enum Gender {

	FEMALE, MALE, UNKNOWN;

	private static final Pattern FEMALE_WORDS = Pattern.compile("(?i)\\b(ms|mrs|miss|madam|dame|lady|queen|princess|"
			+ "\\w*woman|\\w*women|wife|mother|daughter|sister|widow|grandmother|actress|first lady)\\b\\.?");

	private static final Pattern MALE_WORDS = Pattern.compile("(?i)\\b(mr|sir|lord|king|prince|\\w*man|\\w*men|husband|"
			+ "father|son|brother|widower|grandfather)\\b\\.?");

	static Gender ofRole(String role) {
		if (role == null) {
			return UNKNOWN;
		}
		if (FEMALE_WORDS.matcher(role).find()) {
			return FEMALE;
		}
		return MALE_WORDS.matcher(role).find() ? MALE : UNKNOWN;
	}

	static Gender ofPronoun(String pronoun) {
		return switch (pronoun.toLowerCase()) {
			case "he", "him", "his" -> MALE;
			case "she", "her", "hers" -> FEMALE;
			default -> UNKNOWN;
		};
	}

	boolean agreesWith(Gender other) {
		return this == UNKNOWN || other == UNKNOWN || this == other;
	}

}
