package io.parallax.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches every story with PostgreSQL's full-text search: {@code websearch_to_tsquery} over the stored entries
 * (English stems, accents ignored), ranked by {@code ts_rank} with titles weighing most, a page at a time. Its cost
 * is bounded whatever the query ({@link SearchQueries}): counts stop at {@link #COUNT_CAP} a kind and at most
 * {@link #RANKED} results are ranked and listed. It keeps nothing: the page and the API responses it makes are kept
 * by the web's page cache, for the version of the stories they show.
 */
@Service
@Transactional(readOnly = true)
public class SearchCatalog {

	/** Counting stops here, a kind at a time: beyond it a page says "more than". */
	public static final int COUNT_CAP = 1_000;

	/**
	 * How many results are ranked and can be paged through (ranking is the costly part): ten pages. Against 500, a
	 * cold search ran about 1.5 times as many a second (SearchBenchmarkTest, README "Find, link and follow").
	 */
	public static final int RANKED = 200;

	private final SearchQueries queries;

	SearchCatalog(SearchQueries queries) {
		this.queries = queries;
	}

	public SearchResults search(SearchRequest request) {
		if (request.problem().isPresent()) {
			return SearchResults.refused(request, request.problem().get());
		}
		if (request.story() != null && !queries.storyExists(request.story())) {
			return SearchResults.refused(request, SearchProblem.NO_SUCH_STORY);
		}
		ParsedQuery parsed = queries.parse(request.query());
		if (parsed.wordless()) {
			return SearchResults.refused(request, SearchProblem.NO_WORDS);
		}
		Map<SearchKind, Long> counted = queries.counts(request, parsed, COUNT_CAP);
		Set<SearchKind> capped = counted.entrySet().stream().filter(count -> count.getValue() > COUNT_CAP)
			.map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
		Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
		counted.forEach((kind, count) -> counts.put(kind, Math.min(count, COUNT_CAP)));
		Set<SearchKind> included = request.kind() == null ? counts.keySet() : Set.of(request.kind());
		long total = included.stream().mapToLong(kind -> counts.getOrDefault(kind, 0L)).sum();
		boolean totalCapped = included.stream().anyMatch(capped::contains);
		long listed = Math.min(total, RANKED);
		int size = request.size();
		int pages = (int) Math.max(1, (listed + size - 1) / size);
		int offset = (Math.min(request.page(), pages) - 1) * size;
		List<SearchHit> hits = listed == 0 ? List.of()
				: queries.hits(request, RANKED, offset, (int) Math.min(size, listed - offset));
		return new SearchResults(request, Optional.empty(), hits, Collections.unmodifiableMap(counts), capped, total, totalCapped, listed);
	}

	/** The outlets that can be filtered on, for the search form. */
	public List<String> outlets() {
		return queries.outlets();
	}

}
