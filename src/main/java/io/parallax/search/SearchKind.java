package io.parallax.search;

/** What a search result is. */
public enum SearchKind {

	STORY, ARTICLE, QUOTE, CLAIM, ENTITY

}
