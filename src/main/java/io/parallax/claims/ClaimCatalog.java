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
import io.parallax.claims.ClaimViews.Example;
import io.parallax.claims.ClaimViews.Mention;
import io.parallax.claims.ClaimViews.Overlap;
import io.parallax.claims.ClaimViews.Value;

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

	/** The claims a condition on the claim {@code c} selects, whole, in the story's order; one read per part. */
	List<Claim> read(String which, Object... key) {
		Map<Long, List<Mention>> mentions = mentions(which, key);
		Map<Long, List<Difference>> differences = differences(which, key);
		Map<Long, List<Long>> omissions = new HashMap<>();
		jdbc.sql("select o.claim_id, o.article_id from claim_omission o join claim c on c.id = o.claim_id where "
				+ which + " order by o.article_id").params(key)
			.query(rs -> {
				omissions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getLong(2));
			});
		return jdbc.sql("select c.id, c.statement, c.agreement, c.article_count, c.independent_origins from claim c "
				+ "where " + which + " order by c.position").params(key)
			.query((rs, n) -> new Claim(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4), rs.getInt(5),
					mentions.getOrDefault(rs.getLong(1), List.of()), omissions.getOrDefault(rs.getLong(1), List.of()),
					differences.getOrDefault(rs.getLong(1), List.of())))
			.list();
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
				return new Overlap(rs.getLong(1), rs.getLong(2), rs.getInt(3), new ArrayList<>());
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

	private Map<Long, List<Mention>> mentions(String which, Object... key) {
		Map<Long, List<Value>> values = new HashMap<>();
		jdbc.sql("""
				select q.sentence_id, q.kind, q.text, q.value from quantity q
				where q.sentence_id in (select m.sentence_id from claim_member m join claim c on c.id = m.claim_id
				                        where """ + which + ") order by q.sentence_id, q.start_offset").params(key)
			.query(rs -> {
				values.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Value(rs.getString(2), rs.getString(3), rs.getBigDecimal(4)));
			});
		Map<Long, List<Mention>> mentions = new LinkedHashMap<>();
		jdbc.sql("""
				select m.claim_id, m.article_id, a.source_file, m.sentence_id, s.text, s.paragraph_position
				from claim_member m join claim c on c.id = m.claim_id join sentence s on s.id = m.sentence_id
				join article a on a.id = m.article_id where """ + which + " order by c.position, a.source_file, s.position")
			.params(key)
			.query(rs -> {
				mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Mention(rs.getLong(2), rs.getString(3), rs.getLong(4), rs.getString(5), rs.getInt(6),
							values.getOrDefault(rs.getLong(4), List.of())));
			});
		return mentions;
	}

	private Map<Long, List<Difference>> differences(String which, Object... key) {
		Map<Long, Map<String, Difference>> byClaim = new LinkedHashMap<>();
		jdbc.sql("""
				select d.claim_id, d.kind, d.article_id, d.value, d.firm from claim_difference d
				join claim c on c.id = d.claim_id where """ + which + " order by d.claim_id, d.firm desc, d.kind, d.article_id")
			.params(key)
			.query(rs -> {
				byClaim.computeIfAbsent(rs.getLong(1), k -> new LinkedHashMap<>())
					.computeIfAbsent(rs.getString(2), kind -> new Difference(kind, new LinkedHashMap<>(), false))
					.values().put(rs.getLong(3), rs.getString(4));
				if (rs.getBoolean(5)) {
					byClaim.get(rs.getLong(1)).computeIfPresent(rs.getString(2),
							(kind, d) -> new Difference(kind, d.values(), true));
				}
			});
		Map<Long, List<Difference>> differences = new HashMap<>();
		byClaim.forEach((claim, kinds) -> differences.put(claim, new ArrayList<>(kinds.values())));
		return differences;
	}

	private static Long[] longs(Array array) throws SQLException {
		return array == null ? new Long[0] : Arrays.copyOf((Object[]) array.getArray(), ((Object[]) array.getArray()).length, Long[].class);
	}

}
