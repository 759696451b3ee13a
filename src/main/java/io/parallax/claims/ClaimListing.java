package io.parallax.claims;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.claims.ClaimViews.Aligned;
import io.parallax.claims.ClaimViews.ArticleClaim;
import io.parallax.claims.ClaimViews.Claim;
import io.parallax.claims.ClaimViews.ClaimPage;
import io.parallax.claims.ClaimViews.Listed;
import io.parallax.claims.ClaimViews.Mention;
import io.parallax.claims.ClaimViews.Show;
import io.parallax.claims.ClaimViews.SlotValue;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A story's claims a page at a time, for the matrix and the API: each read is a range of an index and a count
 * stored at import, so its cost follows the page, not the story.
 */
@Service
@Transactional(readOnly = true)
public class ClaimListing {

	/** A named entity that claims can be filtered by, with how many claims name it. */
	public record Naming(Long id, String name, int claims) {
	}

	private final JdbcClient jdbc;

	private final ClaimArticles articles;

	ClaimListing(JdbcClient jdbc, ClaimArticles articles) {
		this.jdbc = jdbc;
		this.articles = articles;
	}

	/**
	 * @param entityId when not null, only the claims whose sentences name this entity
	 */
	public ClaimPage page(Long storyId, Show show, Long entityId, int offset, int limit) {
		Selection selection = Selection.of(storyId, show, entityId);
		List<Listed> claims = jdbc.sql("""
				select c.id, c.statement, c.agreement, c.article_count, c.independent_origins, c.omission_count,
				       c.firm_kinds, c.checking_kinds, c.lead_articles\s""" + selection.fromWhere()
				+ selection.order() + " offset ? limit ?")
			.params(selection.params(offset, limit))
			.query((rs, n) -> listed(rs))
			.list();
		return new ClaimPage(total(storyId, show, entityId), claims);
	}

	/**
	 * The same page of claims as the API gives them, each with its first {@code articlesPerClaim} articles (their
	 * sentences, or that they leave it out, and their values where the articles differ): a claim reported by
	 * hundreds of articles gives the rest on its own address, a page at a time.
	 */
	public List<Claim> claims(Long storyId, Show show, Long entityId, int offset, int limit, int articlesPerClaim) {
		List<Listed> listed = page(storyId, show, entityId, offset, limit).claims();
		return articles.claims(listed, articles.pages(
				listed.stream().map(claim -> new ClaimArticles.Stretch(claim, 0, articlesPerClaim)).toList(), true));
	}

	/**
	 * Rows {@code offset} to {@code offset + limit} of the story's list of claims by article (one row per claim and
	 * article that reports it or leaves it out, claims in the story's order), found by the first row each claim was
	 * given at import: the claims those rows belong to, each with the stretch of its articles that the rows cover.
	 */
	public List<Claim> rows(Long storyId, int offset, int limit) {
		List<ClaimArticles.Stretch> stretches = new ArrayList<>();
		List<Listed> listed = jdbc.sql("""
				select c.id, c.statement, c.agreement, c.article_count, c.independent_origins, c.omission_count,
				       c.firm_kinds, c.checking_kinds, c.lead_articles, c.first_row from claim c
				where c.story_id = ? and c.first_row < ? and c.first_row + c.article_count + c.omission_count > ?
				order by c.first_row""").params(storyId, offset + limit, offset)
			.query((rs, n) -> {
				Listed claim = listed(rs);
				int from = Math.max(0, offset - rs.getInt(10));
				stretches.add(new ClaimArticles.Stretch(claim, from, offset + limit - rs.getInt(10) - from));
				return claim;
			})
			.list();
		return articles.claims(listed, articles.pages(stretches, false));
	}

	/** How many rows the story's list of claims by article has, as counted at import. */
	public long rowCount(Long storyId) {
		return jdbc.sql("select claim_rows from claim_tally where story_id = ?").param(storyId).query(Long.class)
			.optional().orElse(0L);
	}

	/** How many claims a list has, as counted at import. */
	public long total(Long storyId, Show show, Long entityId) {
		var read = entityId == null
				? jdbc.sql("select " + show.tally + " from claim_tally where story_id = ?").param(storyId)
				: jdbc.sql("select " + show.tally + " from claim_entity_tally where story_id = ? and entity_id = ?")
					.params(storyId, entityId);
		return read.query(Long.class).optional().orElse(0L);
	}

	/**
	 * What the given articles do with the given claims, in one read: each article's first sentence stating a claim,
	 * the claims it leaves out, and its values where the articles differ, firmly or in a way worth checking. Cells an
	 * article leaves blank (it neither reports nor omits the claim) are not listed.
	 */
	public List<ArticleClaim> cells(List<Long> claimIds, List<Long> articleIds) {
		Long[] claims = claimIds.toArray(Long[]::new);
		Long[] articles = articleIds.toArray(Long[]::new);
		Map<List<Long>, ArticleClaim> cells = new LinkedHashMap<>();
		jdbc.sql("""
				select m.claim_id, m.article_id, 'M', s.position, s.id, s.text, s.paragraph_position, a.source_file, a.label
				from claim_member m join sentence s on s.id = m.sentence_id join article a on a.id = m.article_id
				where m.claim_id = any (?) and m.article_id = any (?)
				union all
				select o.claim_id, o.article_id, 'O', 0, null, null, null, null, null
				from claim_omission o where o.claim_id = any (?) and o.article_id = any (?)
				union all
				select d.claim_id, d.article_id, case when d.firm then 'V' else 'W' end, 0, null, d.value, null, d.kind,
				       null
				from claim_difference d join claim c on c.id = d.claim_id
				where d.claim_id = any (?) and d.article_id = any (?) and (c.agreement <> 'CONSISTENT' or not d.firm)
				order by 1, 2, 3, 4, 8""").params(claims, articles, claims, articles, claims, articles)
			.query(rs -> {
				List<Long> key = List.of(rs.getLong(1), rs.getLong(2));
				ArticleClaim cell = cells.computeIfAbsent(key,
						k -> new ArticleClaim(k.get(0), k.get(1), null, false, new ArrayList<>(), new ArrayList<>()));
				switch (rs.getString(3)) {
					case "M" -> {
						if (cell.mention() == null) {
							cells.put(key, new ArticleClaim(cell.claimId(), cell.articleId(), mention(rs), cell.omitted(),
									cell.firmValues(), cell.checkingValues()));
						}
					}
					case "O" -> cells.put(key, new ArticleClaim(cell.claimId(), cell.articleId(), cell.mention(), true,
							cell.firmValues(), cell.checkingValues()));
					case "V" -> cell.firmValues().add(new SlotValue(rs.getString(8), rs.getString(6)));
					default -> cell.checkingValues().add(new SlotValue(rs.getString(8), rs.getString(6)));
				}
			});
		return List.copyOf(cells.values());
	}

	/**
	 * Two articles of a story side by side: each claim either reports, in the story's claim order, with the first
	 * sentence each states it in. One read of the two articles' claims, whatever the story's size.
	 */
	public List<Aligned> aligned(Long storyId, Long a, Long b) {
		Map<Long, Listed> claims = new LinkedHashMap<>();
		Map<List<Long>, Mention> mentions = new HashMap<>();
		jdbc.sql("""
				select c.id, c.statement, c.agreement, c.article_count, c.independent_origins, c.omission_count,
				       c.firm_kinds, c.checking_kinds, c.lead_articles,
				       m.claim_id, m.article_id, ar.source_file, s.id, s.text, s.paragraph_position, ar.label
				from claim_member m join claim c on c.id = m.claim_id join sentence s on s.id = m.sentence_id
				join article ar on ar.id = m.article_id
				where m.article_id in (?, ?) and c.story_id = ? order by c.position, m.article_id, s.position""")
			.params(a, b, storyId)
			.query(rs -> {
				if (!claims.containsKey(rs.getLong(1))) {
					claims.put(rs.getLong(1), listed(rs));
				}
				mentions.putIfAbsent(List.of(rs.getLong(1), rs.getLong(11)), new Mention(rs.getLong(11),
						rs.getString(12), rs.getString(16), rs.getLong(13), rs.getString(14), rs.getInt(15), List.of()));
			});
		return AlignedRows.distinct(claims.values().stream()
			.map(c -> new Aligned(c, mentions.get(List.of(c.id(), a)), mentions.get(List.of(c.id(), b))))
			.toList());
	}

	/** The entities that name the story's claims, most claims first, and the one chosen when it is not among them. */
	public List<Naming> namings(Long storyId, Long chosen, int limit) {
		return jdbc.sql("""
				(select e.id, e.name, t.claims from claim_entity_tally t join entity e on e.id = t.entity_id
				 where t.story_id = ? order by t.claims desc, e.name limit ?)
				union
				(select e.id, e.name, coalesce(t.claims, 0) from entity e left join claim_entity_tally t on t.entity_id = e.id
				 where e.id = ? and e.story_id = ?)
				order by 3 desc, 2""").params(storyId, limit, chosen == null ? -1L : chosen, storyId)
			.query((rs, n) -> new Naming(rs.getLong(1), rs.getString(2), rs.getInt(3)))
			.list();
	}

	/** A claim's row from its first nine columns, as {@link #page} selects them. */
	static Listed listed(ResultSet rs) throws SQLException {
		return new Listed(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5), rs.getInt(6),
				List.of(strings(rs.getArray(7))), List.of(strings(rs.getArray(8))), List.of(longs(rs.getArray(9))));
	}

	private static Mention mention(ResultSet rs) throws SQLException {
		return new Mention(rs.getLong(2), rs.getString(8), rs.getString(9), rs.getLong(5), rs.getString(6), rs.getInt(7),
				List.of());
	}

	/** Which claims a list shows, in the story's claim order: the from-where part of a query on claim {@code c}. */
	private record Selection(String fromWhere, String order, Object[] keys) {

		static Selection of(Long storyId, Show show, Long entityId) {
			if (entityId == null) {
				return new Selection(" from claim c where c.story_id = ?" + show.condition, " order by c.position",
						new Object[] { storyId });
			}
			return new Selection(" from claim_entity ce join claim c on c.id = ce.claim_id"
					+ " where ce.entity_id = ? and c.story_id = ?" + show.condition, " order by ce.position",
					new Object[] { entityId, storyId });
		}

		Object[] params(int offset, int limit) {
			Object[] params = Arrays.copyOf(keys, keys.length + 2);
			params[keys.length] = offset;
			params[keys.length + 1] = limit;
			return params;
		}

	}

	private static String[] strings(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		return Arrays.copyOf(values, values.length, String[].class);
	}

	private static Long[] longs(Array array) throws SQLException {
		Object[] values = (Object[]) array.getArray();
		return Arrays.copyOf(values, values.length, Long[].class);
	}

}
