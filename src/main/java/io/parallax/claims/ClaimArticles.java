package io.parallax.claims;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.claims.ClaimViews.Claim;
import io.parallax.claims.ClaimViews.Difference;
import io.parallax.claims.ClaimViews.DifferingValue;
import io.parallax.claims.ClaimViews.Listed;
import io.parallax.claims.ClaimViews.Mention;
import io.parallax.claims.ClaimViews.Value;

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

	/**
	 * @param withValues whether to read the numbers and dates of each sentence (the JSON gives them, the page not)
	 */
	public ArticlesPage page(Listed claim, int offset, int limit, boolean withValues) {
		List<Long> ids = new ArrayList<>();
		List<Long> omitted = new ArrayList<>();
		jdbc.sql("""
				select x.article_id, x.omitted from (
				  select distinct m.article_id, false as omitted from claim_member m where m.claim_id = ?
				  union all
				  select o.article_id, true from claim_omission o where o.claim_id = ?) x
				join article a on a.id = x.article_id
				order by x.omitted, coalesce(array_position(?, x.article_id), 2147483647), a.story_position, x.article_id
				offset ? limit ?""").params(claim.id(), claim.id(), claim.leadArticles().toArray(Long[]::new), offset, limit)
			.query(rs -> {
				ids.add(rs.getLong(1));
				if (rs.getBoolean(2)) {
					omitted.add(rs.getLong(1));
				}
			});
		List<Long> reporting = ids.stream().filter(id -> !omitted.contains(id)).toList();
		return new ArticlesPage(ids, mentions(claim.id(), reporting, withValues), omitted);
	}

	/** The claim as its JSON gives it, with this page's articles only (and their values where they differ). */
	public Claim claim(Listed claim, ArticlesPage page) {
		return new Claim(claim.id(), claim.statement(), claim.agreement(), claim.articleCount(),
				claim.independentOrigins(), page.mentions(), page.omittedBy(), differences(claim.id(), page.articleIds()));
	}

	/**
	 * Each value the claim's articles differ on, grouped by slot and value, most articles first, with how many
	 * articles give it and the first few of them in reading order: every differing value stays in view however
	 * many articles report the claim (up to {@code limit} values, the most given first).
	 */
	public List<DifferingValue> differingValues(Long claimId, int articlesPerValue, int limit) {
		return jdbc.sql("""
				select kind, firm, value, articles, ids, count(*) over () from (
				  select d.kind, d.value, count(*) as articles,
				         (array_agg(d.article_id order by a.story_position, d.article_id))[1:?] as ids,
				         bool_or(bool_or(d.firm)) over (partition by d.kind) as firm
				  from claim_difference d join article a on a.id = d.article_id where d.claim_id = ?
				  group by d.kind, d.value) g
				order by firm desc, kind, articles desc, value limit ?""").params(articlesPerValue, claimId, limit)
			.query((rs, n) -> new DifferingValue(rs.getString(1), rs.getBoolean(2), rs.getString(3), rs.getInt(4),
					List.of(longs(rs.getArray(5))), rs.getInt(6)))
			.list();
	}

	private List<Mention> mentions(Long claimId, List<Long> articleIds, boolean withValues) {
		Map<Long, List<Mention>> byArticle = new HashMap<>();
		jdbc.sql("""
				select m.article_id, a.source_file, m.sentence_id, s.text, s.paragraph_position
				from claim_member m join sentence s on s.id = m.sentence_id join article a on a.id = m.article_id
				where m.claim_id = ? and m.article_id = any (?) order by s.position""")
			.params(claimId, articleIds.toArray(Long[]::new))
			.query(rs -> {
				byArticle.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(new Mention(rs.getLong(1),
						rs.getString(2), rs.getLong(3), rs.getString(4), rs.getInt(5), new ArrayList<>()));
			});
		List<Mention> mentions = articleIds.stream().flatMap(id -> byArticle.getOrDefault(id, List.of()).stream()).toList();
		if (withValues) {
			values(mentions);
		}
		return mentions;
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

	/** The claim's differences, with the values of the given articles only. */
	private List<Difference> differences(Long claimId, List<Long> articleIds) {
		Map<String, Difference> byKind = new LinkedHashMap<>();
		jdbc.sql("""
				select d.kind, d.article_id, d.value, bool_or(d.firm) over (partition by d.kind) from claim_difference d
				where d.claim_id = ? and d.article_id = any (?) order by 4 desc, d.kind, d.article_id""")
			.params(claimId, articleIds.toArray(Long[]::new))
			.query(rs -> {
				byKind.computeIfAbsent(rs.getString(1), kind -> new Difference(kind, new LinkedHashMap<>(), false))
					.values().put(rs.getLong(2), rs.getString(3));
				if (rs.getBoolean(4)) {
					byKind.computeIfPresent(rs.getString(1), (kind, d) -> new Difference(kind, d.values(), true));
				}
			});
		return List.copyOf(byKind.values());
	}

	private static Long[] longs(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		return Arrays.copyOf(values, values.length, Long[].class);
	}

}
