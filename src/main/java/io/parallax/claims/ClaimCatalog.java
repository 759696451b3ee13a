package io.parallax.claims;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parallax.claims.ClaimViews.Example;
import io.parallax.claims.ClaimViews.Overlap;

import io.parallax.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads a story's claims and overlaps: a fixed number of queries, whatever the story's size.
 */
@Service
@Transactional(readOnly = true)
public class ClaimCatalog {

	private final JdbcClient jdbc;

	ClaimCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * One claim by its id, which stays the same across re-comparisons while the claim does; a claim that no
	 * longer exists leads to the claim that took most of its sentences, or is gone.
	 */
	public ClaimAddress claim(Long id) {
		List<ClaimAddress> current = jdbc.sql("""
				select c.id, c.statement, c.agreement, c.article_count, c.independent_origins, c.omission_count,
				       c.firm_kinds, c.checking_kinds, c.lead_articles, s.id, s.slug, s.title,
				       s.article_count
				from claim c join story s on s.id = c.story_id where c.id = ?""").param(id)
			.query((rs, n) -> (ClaimAddress) new ClaimAddress.Current(rs.getLong(10), rs.getString(11),
					rs.getString(12), rs.getInt(13), ClaimListing.listed(rs)))
			.list();
		if (!current.isEmpty()) {
			return current.get(0);
		}
		return jdbc.sql("""
				select r.successor_id, r.statement, s.slug, s.title from claim_retired r join story s on s.id = r.story_id
				where r.id = ?""").param(id)
			.query((rs, n) -> rs.getObject(1) == null
					? (ClaimAddress) new ClaimAddress.Gone(rs.getString(3), rs.getString(4), rs.getString(2))
					: new ClaimAddress.Moved(rs.getLong(1)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("claim", id));
	}

	/** How many pairs of the story's articles share near-identical sentences, as counted at import. */
	public long overlapCount(Long storyId) {
		return jdbc.sql("select overlap_pairs from claim_tally where story_id = ?").param(storyId).query(Long.class)
			.optional().orElse(0L);
	}

	/** A page of the story's pairs of articles that share near-identical sentences, most shared first. */
	public List<Overlap> overlaps(Long storyId, int offset, int limit) {
		List<Long[][]> examples = new ArrayList<>();
		List<Overlap> pairs = jdbc.sql("""
				select article_a, article_b, shared_sentences, example_a, example_b from article_overlap
				where story_id = ? order by shared_sentences desc, article_a, article_b offset ? limit ?""")
			.params(storyId, offset, limit)
			.query((rs, n) -> {
				examples.add(new Long[][] { longs(rs.getArray(4)), longs(rs.getArray(5)) });
				return new Overlap(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getInt(3) >= ArticleOverlap.REWRITE,
						new ArrayList<>());
			})
			.list();
		Map<Long, String> texts = new HashMap<>();
		Long[] ids = examples.stream().flatMap(e -> Arrays.stream(e).flatMap(Arrays::stream)).toArray(Long[]::new);
		jdbc.sql("select id, text from sentence where id = any (?)").param(ids)
			.query(rs -> {
				texts.put(rs.getLong(1), rs.getString(2));
			});
		for (int i = 0; i < pairs.size(); i++) {
			Long[] a = examples.get(i)[0];
			Long[] b = examples.get(i)[1];
			for (int j = 0; j < a.length; j++) {
				pairs.get(i).examples().add(new Example(texts.get(a[j]), texts.get(b[j])));
			}
		}
		return pairs;
	}

	private static Long[] longs(Array array) throws SQLException {
		return array == null ? new Long[0] : Arrays.copyOf((Object[]) array.getArray(), ((Object[]) array.getArray()).length, Long[].class);
	}

}
