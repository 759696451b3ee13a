package io.parallax.claims;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.claims.ClaimViews.Claim;
import io.parallax.claims.ClaimViews.Difference;
import io.parallax.claims.ClaimViews.DifferingValue;
import io.parallax.claims.ClaimViews.Listed;
import io.parallax.claims.ClaimViews.Mention;
import io.parallax.claims.ClaimViews.Value;
import io.parallax.system.SqlArrays;
import io.parallax.text.DifferingWords;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * One claim's articles a page at a time, for its page and its JSON: a claim reported by hundreds of articles is
 * read a page of them at a time. The articles that best show it come first (one for each value the articles differ
 * on, see {@link LeadArticles}), then the others that report it, then those that leave it out, in reading order.
 */
@Service
@Transactional(readOnly = true)
public class ClaimArticles {

	private final JdbcClient jdbc;

	ClaimArticles(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** One page of a claim's articles: those that report it (with their sentences), and those that leave it out. */
	public record ArticlesPage(List<Long> articleIds, List<Mention> mentions, List<Long> omittedBy) {

		/** The first sentence this article states the claim in; null when it leaves it out. */
		public Mention mentionIn(Long articleId) {
			return mentions.stream().filter(m -> m.articleId().equals(articleId)).findFirst().orElse(null);
		}

	}

	/** How many articles report the claim or leave it out, as counted at import: the length of its list. */
	public static long total(Listed claim) {
		return (long) claim.articleCount() + claim.omissionCount();
	}

	/** A stretch of one claim's list of articles: from its {@code offset}th, at most {@code limit} of them. */
	public record Stretch(Listed claim, int offset, int limit) {
	}

	/**
	 * @param withValues whether to read the numbers and dates of each sentence (the JSON gives them, the page not)
	 */
	public ArticlesPage page(Listed claim, int offset, int limit, boolean withValues) {
		return pages(List.of(new Stretch(claim, offset, limit)), withValues).get(claim.id());
	}

	/**
	 * A stretch of each of several claims' articles, in one read for all of them: what a list of claims shows of
	 * each (its first few articles) or a page of the claims' rows (one per claim and article) takes in.
	 *
	 * @return each claim's page, by claim id
	 */
	public Map<Long, ArticlesPage> pages(List<Stretch> stretches, boolean withValues) {
		Map<Long, List<Long>> ids = new LinkedHashMap<>();
		Map<Long, List<Long>> omitted = new HashMap<>();
		stretches.forEach(s -> ids.put(s.claim().id(), new ArrayList<>()));
		jdbc.sql("""
				with wanted as (select * from unnest(?::bigint[], ?::int[], ?::int[]) as w (claim_id, first, stop)),
				listed as (
				  select x.claim_id, x.article_id, x.omitted,
				         row_number() over (partition by x.claim_id order by x.omitted,
				           coalesce(array_position(c.lead_articles, x.article_id), 2147483647), a.story_position,
				           x.article_id) - 1 as n
				  from (select distinct m.claim_id, m.article_id, false as omitted
				        from claim_member m join wanted w on w.claim_id = m.claim_id
				        union all
				        select o.claim_id, o.article_id, true
				        from claim_omission o join wanted w on w.claim_id = o.claim_id) x
				  join claim c on c.id = x.claim_id join article a on a.id = x.article_id)
				select l.claim_id, l.article_id, l.omitted from listed l join wanted w on w.claim_id = l.claim_id
				where l.n >= w.first and l.n < w.stop order by l.claim_id, l.n""")
			.params(stretches.stream().map(s -> s.claim().id()).toArray(Long[]::new),
					stretches.stream().map(Stretch::offset).toArray(Integer[]::new),
					stretches.stream().map(s -> s.offset() + s.limit()).toArray(Integer[]::new))
			.query(rs -> {
				ids.get(rs.getLong(1)).add(rs.getLong(2));
				if (rs.getBoolean(3)) {
					omitted.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
				}
			});
		Map<Long, List<Mention>> mentions = mentions(ids, omitted, withValues);
		Map<Long, ArticlesPage> pages = new LinkedHashMap<>();
		ids.forEach((claim, articles) -> pages.put(claim, new ArticlesPage(articles,
				mentions.getOrDefault(claim, List.of()), omitted.getOrDefault(claim, List.of()))));
		return pages;
	}

	/** The claim as its JSON gives it, with this page's articles only (and their values where they differ). */
	public Claim claim(Listed claim, ArticlesPage page) {
		return claims(List.of(claim), Map.of(claim.id(), page)).get(0);
	}

	/** The claims as the API gives them, each with its page's articles only (and their values where they differ). */
	public List<Claim> claims(List<Listed> claims, Map<Long, ArticlesPage> pages) {
		Map<Long, List<Difference>> differences = differences(pages);
		return claims.stream()
			.map(claim -> {
				ArticlesPage page = pages.get(claim.id());
				return new Claim(claim.id(), claim.statement(), claim.agreement(), claim.articleCount(),
						claim.omissionCount(), claim.independentOrigins(), page.mentions(), page.omittedBy(),
						differences.getOrDefault(claim.id(), List.of()));
			})
			.toList();
	}

	/**
	 * Each value the claim's articles differ on, grouped by slot and value, most articles first, with how many
	 * articles give it and the first few of them in reading order: every differing value stays in view however
	 * many articles report the claim (up to {@code limit} values, the most given first).
	 */
	public List<DifferingValue> differingValues(Long claimId, int articlesPerValue, int limit) {
		return jdbc.sql("""
				select kind, firm, value, articles, ids, count(*) over (), differing_words from (
				  select d.kind, d.value, count(*) as articles,
				         (array_agg(d.article_id order by a.story_position, d.article_id))[1:?] as ids,
				         bool_or(bool_or(d.firm)) over (partition by d.kind) as firm,
				         max(d.differing_words) as differing_words
				  from claim_difference d join article a on a.id = d.article_id where d.claim_id = ?
				  group by d.kind, d.value) g
				order by firm desc, kind, articles desc, value limit ?""").params(articlesPerValue, claimId, limit)
			.query((rs, n) -> new DifferingValue(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getInt(4),
					List.of(longs(rs.getArray(5))), rs.getInt(6), SqlArrays.ints(rs.getArray(7))))
			.list();
	}

	/** The sentences each claim's listed articles state it in, in the order the articles are listed. */
	private Map<Long, List<Mention>> mentions(Map<Long, List<Long>> ids, Map<Long, List<Long>> omitted,
			boolean withValues) {
		List<Long[]> reporting = reporting(ids, omitted);
		Map<List<Long>, List<Mention>> byArticle = new HashMap<>();
		jdbc.sql("""
				select m.claim_id, m.article_id, a.source_file, m.sentence_id, s.text, s.paragraph_position, a.label
				from unnest(?::bigint[], ?::bigint[]) as w (claim_id, article_id)
				join claim_member m on m.claim_id = w.claim_id and m.article_id = w.article_id
				join sentence s on s.id = m.sentence_id join article a on a.id = m.article_id order by s.position""")
			.params(reporting.get(0), reporting.get(1))
			.query(rs -> {
				byArticle.computeIfAbsent(List.of(rs.getLong(1), rs.getLong(2)), k -> new ArrayList<>())
					.add(new Mention(rs.getLong(2), rs.getString(3), rs.getString(7), rs.getLong(4), rs.getString(5),
							rs.getInt(6), new ArrayList<>()));
			});
		Map<Long, List<Mention>> mentions = new HashMap<>();
		ids.forEach((claim, articles) -> mentions.put(claim, articles.stream()
			.flatMap(article -> byArticle.getOrDefault(List.of(claim, article), List.of()).stream())
			.toList()));
		if (withValues) {
			values(mentions.values().stream().flatMap(List::stream).toList());
		}
		return mentions;
	}

	/** The listed pairs of claim and article where the article reports the claim, as two parallel arrays. */
	private static List<Long[]> reporting(Map<Long, List<Long>> ids, Map<Long, List<Long>> omitted) {
		List<Long> claims = new ArrayList<>();
		List<Long> articles = new ArrayList<>();
		ids.forEach((claim, listed) -> listed.stream()
			.filter(article -> !omitted.getOrDefault(claim, List.of()).contains(article))
			.forEach(article -> {
				claims.add(claim);
				articles.add(article);
			}));
		return List.of(claims.toArray(Long[]::new), articles.toArray(Long[]::new));
	}

	/** The numbers and dates of the given mentions' sentences, added to their values. */
	private void values(List<Mention> mentions) {
		Map<Long, List<Value>> values = new HashMap<>();
		mentions.forEach(m -> values.put(m.sentenceId(), m.values()));
		jdbc.sql("""
				select q.sentence_id, q.kind, q.text, q.value from quantity q
				where q.sentence_id = any (?) order by q.sentence_id, q.start_offset""")
			.param(values.keySet().toArray(Long[]::new))
			.query(rs -> {
				values.get(rs.getLong(1)).add(new Value(rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
			});
	}

	/** Each claim's differences, with the values of its listed articles only. */
	private Map<Long, List<Difference>> differences(Map<Long, ArticlesPage> pages) {
		List<Long> claims = new ArrayList<>();
		List<Long> articles = new ArrayList<>();
		pages.forEach((claim, page) -> page.articleIds().forEach(article -> {
			claims.add(claim);
			articles.add(article);
		}));
		// each slot's values and differing words by article, then one Difference a slot
		Map<Long, Map<String, Map<Long, String>>> values = new LinkedHashMap<>();
		Map<Long, Map<String, Map<Long, List<String>>>> words = new HashMap<>();
		Map<Long, Set<String>> firm = new HashMap<>();
		jdbc.sql("""
				select d.claim_id, d.kind, d.article_id, d.value, bool_or(d.firm) over (partition by d.claim_id, d.kind),
				       d.differing_words
				from unnest(?::bigint[], ?::bigint[]) as w (claim_id, article_id)
				join claim_difference d on d.claim_id = w.claim_id and d.article_id = w.article_id
				order by d.claim_id, 5 desc, d.kind, d.article_id""")
			.params(claims.toArray(Long[]::new), articles.toArray(Long[]::new))
			.query(rs -> {
				Long claim = rs.getLong(1);
				String kind = rs.getString(2);
				values.computeIfAbsent(claim, k -> new LinkedHashMap<>()).computeIfAbsent(kind, k -> new LinkedHashMap<>())
					.put(rs.getLong(3), rs.getString(4));
				if (rs.getBoolean(5)) {
					firm.computeIfAbsent(claim, k -> new HashSet<>()).add(kind);
				}
				int[] marked = SqlArrays.ints(rs.getArray(6));
				if (marked != null) {
					words.computeIfAbsent(claim, k -> new HashMap<>()).computeIfAbsent(kind, k -> new LinkedHashMap<>())
						.put(rs.getLong(3), DifferingWords.words(rs.getString(4), marked));
				}
			});
		Map<Long, List<Difference>> differences = new HashMap<>();
		values.forEach((claim, kinds) -> differences.put(claim, kinds.entrySet().stream()
			.map(slot -> new Difference(slot.getKey(), slot.getValue(),
					firm.getOrDefault(claim, Set.of()).contains(slot.getKey()),
					words.getOrDefault(claim, Map.of()).getOrDefault(slot.getKey(), Map.of())))
			.toList()));
		return differences;
	}

	private static Long[] longs(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		return Arrays.copyOf(values, values.length, Long[].class);
	}

}
