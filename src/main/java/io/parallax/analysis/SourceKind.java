package io.parallax.analysis;

/**
 * What kind of source an article cites.
 */
public enum SourceKind {

	PERSON, ORGANISATION, MEDIA, SOCIAL_MEDIA, DOCUMENT, ANONYMOUS

}
