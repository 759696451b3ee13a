package io.parallax.search;

import java.util.Optional;

/**
 * What a reader asked for, cleaned: the query in {@code websearch_to_tsquery} syntax (words, "a phrase", -not, or)
 * and optional filters. Control characters are dropped (PostgreSQL text cannot hold some of them) and blank
 * filters mean none.
 *
 * @param page counted from 1
 * @param size results a page, from 1 to {@link #MAX_SIZE}
 */
public record SearchRequest(String query, SearchKind kind, String story, String outlet, int page, int size) {

	public static final int MAX_LENGTH = 500;

	/** Results a page unless asked otherwise: the search page's. */
	public static final int PAGE_SIZE = 20;

	public static final int MAX_SIZE = 100;

	public SearchRequest {
		query = query == null ? "" : query.replaceAll("\\p{Cc}+", " ").strip();
		story = blankToNull(story);
		outlet = blankToNull(outlet);
		page = Math.max(1, page);
		size = Math.max(1, Math.min(size, MAX_SIZE));
	}

	/** A page of the search page's size. */
	public SearchRequest(String query, SearchKind kind, String story, String outlet, int page) {
		this(query, kind, story, outlet, page, PAGE_SIZE);
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
