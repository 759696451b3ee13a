package io.parallax.search;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.parallax.stories.StoryVersions;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches every story with PostgreSQL's full-text search: {@code websearch_to_tsquery} over the stored entries
 * (English stems, accents ignored), ranked by {@code ts_rank} with titles weighing most, a page at a time. Its cost
 * is bounded whatever the query ({@link SearchQueries}): counts stop at {@link #COUNT_CAP} a kind and at most
 * {@link #RANKED} results are ranked and listed. Since the data changes only at import, a page of results is kept
 * for the version of the stories it was found in (the version is read first, one indexed row), keyed by the query
 * as the search understands it (case and spacing do not matter) and the filters.
 */
@Service
@Transactional(readOnly = true)
public class SearchCatalog {

	public static final int PAGE_SIZE = 20;

	/** Counting stops here, a kind at a time: beyond it a page says "more than". */
	public static final int COUNT_CAP = 1_000;

	/** How many results are ranked and can be paged through (ranking is the costly part). */
	public static final int RANKED = 500;

	private record Key(String query, SearchKind kind, String story, String outlet, int page) {

		static Key of(SearchRequest request) {
			return new Key(request.query().toLowerCase(Locale.ROOT).replaceAll("\\s+", " "), request.kind(),
					request.story(), request.outlet(), request.page());
		}

	}

	private record Found(long version, SearchResults results) {
	}

	private final SearchQueries queries;

	private final StoryVersions versions;

	private final Cache<Key, Found> cache;

	SearchCatalog(SearchQueries queries, StoryVersions versions, SearchProperties properties) {
		this.queries = queries;
		this.versions = versions;
		this.cache = Caffeine.newBuilder().maximumSize(properties.cacheEntries()).build();
	}

	public SearchResults search(SearchRequest request) {
		Optional<SearchProblem> problem = request.problem();
		if (problem.isPresent()) {
			return SearchResults.refused(request, problem.get());
		}
		long version = versions.ofAll().version();
		Key key = Key.of(request);
		Found found = cache.getIfPresent(key);
		if (found == null || found.version() != version) {
			found = new Found(version, searchUncached(request));
			cache.put(key, found);
		}
		SearchResults results = found.results();
		return new SearchResults(request, results.problem(), results.hits(), results.countsByKind(),
				results.cappedKinds(), results.total(), results.totalCapped(), results.listed());
	}

	/** The search without the cache: what every first search of a query costs (the benchmark measures it). */
	SearchResults searchUncached(SearchRequest request) {
		Optional<SearchProblem> problem = request.problem()
			.or(() -> queries.wordless(request.query()) ? Optional.of(SearchProblem.NO_WORDS) : Optional.empty());
		if (problem.isPresent()) {
			return SearchResults.refused(request, problem.get());
		}
		Map<SearchKind, Long> counted = queries.counts(request, COUNT_CAP);
		Set<SearchKind> capped = counted.entrySet().stream().filter(count -> count.getValue() > COUNT_CAP)
			.map(Map.Entry::getKey).collect(Collectors.toUnmodifiableSet());
		Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
		counted.forEach((kind, count) -> counts.put(kind, Math.min(count, COUNT_CAP)));
		Set<SearchKind> included = request.kind() == null ? counts.keySet() : Set.of(request.kind());
		long total = included.stream().mapToLong(kind -> counts.getOrDefault(kind, 0L)).sum();
		boolean totalCapped = included.stream().anyMatch(capped::contains);
		long listed = Math.min(total, RANKED);
		int pages = (int) Math.max(1, (listed + PAGE_SIZE - 1) / PAGE_SIZE);
		int offset = (Math.min(request.page(), pages) - 1) * PAGE_SIZE;
		List<SearchHit> hits = listed == 0 ? List.of()
				: queries.hits(request, RANKED, offset, (int) Math.min(PAGE_SIZE, listed - offset));
		return new SearchResults(request, Optional.empty(), hits, Collections.unmodifiableMap(counts), capped, total, totalCapped, listed);
	}

	/** The outlets that can be filtered on, for the search form. */
	public List<String> outlets() {
		return queries.outlets();
	}

}
