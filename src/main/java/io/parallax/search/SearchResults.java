package io.parallax.search;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A page of results, or the reason there are none: the hits of the page asked for, how many there are of each kind
 * (with the story and outlet filters, whatever the kind filter), and the total of the kind asked for.
 */
public record SearchResults(SearchRequest request, Optional<SearchProblem> problem, List<SearchHit> hits,
		Map<SearchKind, Long> countsByKind, long total) {

	static SearchResults refused(SearchRequest request, SearchProblem problem) {
		return new SearchResults(request, Optional.of(problem), List.of(), Map.of(), 0);
	}

}
