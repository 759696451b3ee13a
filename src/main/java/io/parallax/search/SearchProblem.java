package io.parallax.search;

/** Why a query was not run; pages and the API say it in words (messages {@code search.problem.*}). */
public enum SearchProblem {

	/** Nothing but spaces. */
	EMPTY,

	/** Longer than {@link SearchRequest#MAX_LENGTH} characters. */
	TOO_LONG,

	/** Only operators, punctuation or words too common to search for ("the", "-", "OR"). */
	NO_WORDS,

	/** A story filter that names no story (a mistyped or old address). */
	NO_SUCH_STORY

}
