package io.parallax.analysis;

/**
 * What an entity is. News outlets and agencies are organisations too; {@link Lexicon#isMedia} tells them apart.
 */
public enum EntityKind {

	PERSON, ORGANISATION, PLACE, UNKNOWN

}
