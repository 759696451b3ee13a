package io.parallax.stories;

/**
 * What storing one story did to one file.
 */
public record FileOutcome(String sourceFile, Kind kind, String note) {

	public enum Kind {

		ADDED, UPDATED, UNCHANGED, RETIRED

	}

}
