package io.parallax.search;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Searches every story with PostgreSQL's full-text search: {@code websearch_to_tsquery} over the stored entries
 * (English stems, accents ignored), ranked by {@code ts_rank} with titles weighing most, a page at a time, snippets
 * cut by {@code ts_headline} for the page's hits only. Three statements, whatever the query; their cost grows with
 * the number of matches (every match is counted and ranked), see SearchBenchmarkTest.
 */
@Service
@Transactional(readOnly = true)
public class SearchCatalog {

	public static final int PAGE_SIZE = 20;

	private static final String MARKS = "StartSel=\"" + Highlighted.START + "\", StopSel=\"" + Highlighted.STOP + "\"";

	private static final String TITLE_OPTIONS = MARKS + ", HighlightAll=true";

	private static final String SNIPPET_OPTIONS = MARKS
			+ ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";

	/** The filters every count and page shares; the kind filter is added where it applies. */
	private static final String FILTERS = """
			from search_entry e join story s on s.id = e.story_id,
			     websearch_to_tsquery('parallax_english', :q) q(query)
			where e.document @@ q.query
			  and (cast(:story as text) is null or s.slug = :story)
			  and (cast(:outlet as text) is null or :outlet = any(e.outlets))
			""";

	private final JdbcClient jdbc;

	SearchCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public SearchResults search(SearchRequest request) {
		Optional<SearchProblem> problem = request.problem().or(() -> wordless(request.query()));
		if (problem.isPresent()) {
			return SearchResults.refused(request, problem.get());
		}
		Map<SearchKind, Long> counts = counts(request);
		long total = request.kind() == null ? counts.values().stream().mapToLong(Long::longValue).sum()
				: counts.getOrDefault(request.kind(), 0L);
		int pages = (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
		int offset = (Math.min(request.page(), pages) - 1) * PAGE_SIZE;
		List<SearchHit> hits = total == 0 ? List.of() : hits(request, offset);
		return new SearchResults(request, Optional.empty(), hits, counts, total);
	}

	/** A query of only operators or stop words has no lexeme to look for (and would silently match nothing). */
	private Optional<SearchProblem> wordless(String query) {
		int nodes = jdbc.sql("select numnode(websearch_to_tsquery('parallax_english', ?))")
			.param(query)
			.query(Integer.class)
			.single();
		return nodes == 0 ? Optional.of(SearchProblem.NO_WORDS) : Optional.empty();
	}

	private Map<SearchKind, Long> counts(SearchRequest request) {
		Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
		jdbc.sql("select e.kind, count(*) as hits " + FILTERS + " group by e.kind")
			.param("q", request.query())
			.param("story", request.story())
			.param("outlet", request.outlet())
			.query((rs, row) -> counts.put(SearchKind.valueOf(rs.getString("kind")), rs.getLong("hits")))
			.list();
		return counts;
	}

	private List<SearchHit> hits(SearchRequest request, int offset) {
		return jdbc.sql("""
				select x.kind, x.target_id, x.slug, x.story_title, x.outlets, x.rank,
				       ts_headline('parallax_english', x.title, x.query, :titleOptions) as title,
				       ts_headline('parallax_english', x.body, x.query, :snippetOptions) as snippet
				from (select e.id, e.kind, e.target_id, s.slug, s.title as story_title, e.outlets, e.title, e.body,
				             q.query, ts_rank(e.document, q.query) as rank
				      """ + FILTERS + """
				        and (cast(:kind as text) is null or e.kind = :kind)
				      order by rank desc, e.id
				      limit :limit offset :offset) x
				order by x.rank desc, x.id""")
			.param("q", request.query())
			.param("story", request.story())
			.param("outlet", request.outlet())
			.param("kind", request.kind() == null ? null : request.kind().name())
			.param("titleOptions", TITLE_OPTIONS)
			.param("snippetOptions", SNIPPET_OPTIONS)
			.param("limit", PAGE_SIZE)
			.param("offset", offset)
			.query((rs, row) -> new SearchHit(SearchKind.valueOf(rs.getString("kind")), rs.getLong("target_id"),
					rs.getString("slug"), rs.getString("story_title"), Highlighted.parse(rs.getString("title")),
					Highlighted.parse(rs.getString("snippet")),
					Arrays.asList((String[]) rs.getArray("outlets").getArray()), rs.getDouble("rank")))
			.list();
	}

	/** The outlets that can be filtered on, for the search form. */
	public List<String> outlets() {
		return jdbc.sql("""
				select distinct o from search_entry e, unnest(e.outlets) o where e.kind = 'ARTICLE' order by o limit 500""")
			.query(String.class)
			.list();
	}

}
