package io.parallax.search;

import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * The statements of a search, each bounded whatever the number of matches: a word's counts are read from those made
 * at import, other queries' stop at a cap a kind; only a bounded set of candidates (title matches first, then any)
 * is ranked by {@code ts_rank}; snippets are cut by {@code ts_headline} for the page's hits only, from the lines of
 * a body that match. A word in most entries costs about what a rarer one does (see SearchBenchmarkTest).
 */
@Component
class SearchQueries {

	private static final String MARKS = "StartSel=\"" + Highlighted.START + "\", StopSel=\"" + Highlighted.STOP + "\"";

	private static final String TITLE_OPTIONS = MARKS + ", HighlightAll=true";

	private static final String SNIPPET_OPTIONS = MARKS
			+ ", MaxFragments=2, MaxWords=30, MinWords=12, FragmentDelimiter=\" … \"";

	/**
	 * What a snippet is cut from when no line of the body matches (the words are in its title or its hidden words,
	 * or a phrase spans two lines): its beginning, for ts_headline parses all it is given. A body longer than this
	 * is kept a line at a time ({@code search_derive_story} in V512 splits at the same length), so a shorter one is
	 * whole here.
	 */
	private static final int SNIPPET_SOURCE = 1_000;

	/**
	 * The entries whose {@code column} matches, of the request's story and outlet, and of one kind when
	 * {@code kind} names one. Only the filters asked for are written into the statement (the kind as an enum's
	 * name), so that the planner combines the indexes that serve them: that kind's own, the story's, the outlets'.
	 */
	private static String matching(String column, SearchKind kind, SearchRequest request) {
		return "from search_entry e, websearch_to_tsquery('parallax_english', :q) q(query) where e." + column
				+ " @@ q.query" + (kind == null ? "" : " and e.kind = '" + kind.name() + "'")
				+ (request.story() == null ? "" : " and e.story_id = (select id from story where slug = :story)")
				+ (request.outlet() == null ? "" : " and e.outlets @> array[cast(:outlet as text)]") + "\n";
	}

	private final JdbcClient jdbc;

	SearchQueries(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * The query as the search understands it: how many words and operators it has (none: only operators or stop
	 * words, which would silently match nothing) and, when it is one word, that word's lexeme (as {@code ts_stat}
	 * lists it: the text form of the query without its quotes).
	 */
	ParsedQuery parse(String query) {
		return jdbc.sql("""
				select numnode(q), case when numnode(q) = 1 then (regexp_match(q::text, '^''(.*)''$'))[1] end
				from websearch_to_tsquery('parallax_english', ?) q""")
			.param(query)
			.query((rs, row) -> new ParsedQuery(rs.getInt(1), unquote(rs.getString(2))))
			.single();
	}

	/** A lexeme as a query's text form writes it, with its quotes and backslashes doubled. */
	private static String unquote(String quoted) {
		return quoted == null ? null : quoted.replace("''", "'").replace("\\\\", "\\");
	}

	/**
	 * How many entries of each kind match, each count stopping at {@code cap + 1} (one more than the cap says
	 * "more than"); kinds without a match are left out. A one-word query without an outlet filter reads the counts
	 * made at import (exact, one index range); any other scans its matches, a kind at a time, up to the cap.
	 */
	Map<SearchKind, Long> counts(SearchRequest request, ParsedQuery parsed, int cap) {
		Map<SearchKind, Long> counts = new EnumMap<>(SearchKind.class);
		boolean countedAtImport = parsed.lexeme() != null && request.outlet() == null;
		jdbc.sql(countedAtImport ? countedWord(request) : scannedCounts(request))
			.param("q", request.query())
			.param("lexeme", parsed.lexeme())
			.param("story", request.story())
			.param("outlet", request.outlet())
			.param("cap", cap + 1)
			.query((rs, row) -> counts.put(SearchKind.valueOf(rs.getString("kind")), rs.getLong("hits")))
			.list();
		counts.values().removeIf(hits -> hits == 0);
		return counts;
	}

	private static String countedWord(SearchRequest request) {
		return "select kind, sum(entries) as hits from search_term where lexeme = :lexeme"
				+ (request.story() == null ? "" : " and story_id = (select id from story where slug = :story)")
				+ " group by kind";
	}

	private static String scannedCounts(SearchRequest request) {
		return Arrays.stream(SearchKind.values())
			.map(kind -> "select '%s' as kind, (select count(*) from (select 1 %s limit :cap) x) as hits"
				.formatted(kind.name(), matching("document", kind, request)))
			.collect(Collectors.joining(" union all "));
	}

	/**
	 * A page of the ranked candidates: up to {@code candidates} entries whose title matches and as many matching
	 * anywhere (all of them when there are no more), ranked together; {@code offset} and {@code limit} stay within
	 * the first {@code candidates} of that ranking.
	 */
	List<SearchHit> hits(SearchRequest request, int candidates, int offset, int limit) {
		return jdbc.sql("""
				select x.kind, x.target_id, x.slug, x.story_title, x.outlets, x.rank,
				       ts_headline('parallax_english', x.title, x.query, :titleOptions) as title,
				       ts_headline('parallax_english', coalesce(
				           (select string_agg(p.text, E'\n' order by p.position)
				            from (select p.text, p.position from search_passage p
				                  where p.entry_id = x.id and p.words @@ x.query order by p.position limit 2) p),
				           left(x.body, :bodyCut)), x.query, :snippetOptions) as snippet
				from (select e.id, e.kind, e.target_id, s.slug, s.title as story_title, e.outlets, e.title, e.body,
				             q.query, ts_rank(e.document, q.query) as rank
				      from ((select e.id\s""" + matching("title_document", request.kind(), request) + """
				             limit :candidates)
				            union
				            (select e.id\s""" + matching("document", request.kind(), request) + """
				             limit :candidates)) c
				      join search_entry e on e.id = c.id join story s on s.id = e.story_id,
				      websearch_to_tsquery('parallax_english', :q) q(query)
				      order by rank desc, e.id
				      limit :limit offset :offset) x
				order by x.rank desc, x.id""")
			.param("q", request.query())
			.param("story", request.story())
			.param("outlet", request.outlet())
			.param("titleOptions", TITLE_OPTIONS)
			.param("snippetOptions", SNIPPET_OPTIONS)
			.param("bodyCut", SNIPPET_SOURCE)
			.param("candidates", candidates)
			.param("limit", limit)
			.param("offset", offset)
			.query((rs, row) -> new SearchHit(SearchKind.valueOf(rs.getString("kind")), rs.getLong("target_id"),
					rs.getString("slug"), rs.getString("story_title"), Highlighted.parse(rs.getString("title")),
					Highlighted.parse(rs.getString("snippet")),
					Arrays.asList((String[]) rs.getArray("outlets").getArray()), rs.getDouble("rank")))
			.list();
	}

	/** Whether a story has this address, for a filter that names one. */
	boolean storyExists(String slug) {
		return jdbc.sql("select exists (select 1 from story where slug = :slug)").param("slug", slug)
			.query(Boolean.class)
			.single();
	}

	/** The outlets that can be filtered on, for the search form. */
	List<String> outlets() {
		return jdbc.sql("""
				select distinct o from search_entry e, unnest(e.outlets) o where e.kind = 'ARTICLE' order by o limit 500""")
			.query(String.class)
			.list();
	}

}
