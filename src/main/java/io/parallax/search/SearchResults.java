package io.parallax.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A page of results, or the reason there are none: the hits of the page asked for, how many there are of each kind
 * (with the story and outlet filters, whatever the kind filter) and the total of the kind asked for. Counting stops
 * at {@link SearchCatalog#COUNT_CAP} a kind: a count of a kind in {@code cappedKinds} means "more than", and so does
 * the total when {@code totalCapped}. Only the first {@code listed} results are ranked and can be paged through.
 */
public record SearchResults(SearchRequest request, Optional<SearchProblem> problem, List<SearchHit> hits,
		Map<SearchKind, Long> countsByKind, Set<SearchKind> cappedKinds, long total, boolean totalCapped, long listed) {

	static SearchResults refused(SearchRequest request, SearchProblem problem) {
		return new SearchResults(request, Optional.of(problem), List.of(), Map.of(), Set.of(), 0, false, 0);
	}

	/** True when there are more results of this kind than its count says. */
	public boolean capped(SearchKind kind) {
		return cappedKinds.contains(kind);
	}

	/** True when not every result can be paged through: only the best {@code listed} are ranked. */
	public boolean partlyListed() {
		return totalCapped || listed < total;
	}

}
