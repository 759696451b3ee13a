package io.parallax.search;

import java.util.Optional;

/**
 * What a reader asked for, cleaned: the query in {@code websearch_to_tsquery} syntax (words, "a phrase", -not, or)
 * and optional filters. Control characters are dropped (PostgreSQL text cannot hold some of them) and blank
 * filters mean none.
 *
 * @param page counted from 1
 */
public record SearchRequest(String query, SearchKind kind, String story, String outlet, int page) {

	public static final int MAX_LENGTH = 500;

	public SearchRequest {
		query = query == null ? "" : query.replaceAll("\\p{Cc}+", " ").strip();
		story = blankToNull(story);
		outlet = blankToNull(outlet);
		page = Math.max(1, page);
	}

	/** The problem that stops the query being run, if any can be told without the database. */
	Optional<SearchProblem> problem() {
		if (query.isEmpty()) {
			return Optional.of(SearchProblem.EMPTY);
		}
		if (query.length() > MAX_LENGTH) {
			return Optional.of(SearchProblem.TOO_LONG);
		}
		return Optional.empty();
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
