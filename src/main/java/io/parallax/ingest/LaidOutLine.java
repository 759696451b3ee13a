package io.parallax.ingest;

/**
 * A non-blank stretch of the file after layout: one paragraph candidate, or a line of site furniture.
 * The parser assigns each one a role, so that every line of the file ends up in exactly one place.
 */
final class LaidOutLine {

	enum Role {

		HEADLINE, BYLINE, STANDFIRST, BODY, FURNITURE

	}

	private final String text;

	private Role role;

	private boolean furnitureFollows;

	LaidOutLine(String text, Role role) {
		this.text = text;
		this.role = role;
	}

	String text() {
		return text;
	}

	Role role() {
		return role;
	}

	void assign(Role role) {
		this.role = role;
	}

	boolean isContent() {
		return role != Role.FURNITURE;
	}

	boolean furnitureFollows() {
		return furnitureFollows;
	}

	void markFurnitureFollows() {
		this.furnitureFollows = true;
	}

	int wordCount() {
		return TextShapes.words(text);
	}

}
