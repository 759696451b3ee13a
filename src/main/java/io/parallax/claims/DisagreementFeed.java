package io.parallax.claims;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a story's feed of disagreements lists: its claims that disagree now, the most recently first seen
 * disagreeing first, each with the conflicting values the articles give. Two indexed reads; what they return is
 * bounded by the feed's length, whatever the number of articles.
 */
@Service
@Transactional(readOnly = true)
public class DisagreementFeed {

	/**
	 * A value some articles give for a slot the articles disagree on (a kind of {@code claims.difference.*}): how
	 * many give it, and the first few of them by name.
	 */
	public record Value(String kind, String value, int articleCount, List<String> articles) {
	}

	/**
	 * A claim the articles disagree on, and since when, with its most given values (each value once, however many
	 * articles give it) and how many values there are in all.
	 */
	public record Disagreement(long claimId, String statement, int articleCount, Instant firstSeen,
			List<Value> values, int valueCount) {
	}

	private record Row(long claimId, String statement, int articleCount, Instant firstSeen) {
	}

	/** An entry names this many articles per value; a story of hundreds of articles gives the rest as a count. */
	static final int NAMES_PER_VALUE = 3;

	/** An entry lists this many values per claim; its page lists them all. */
	static final int VALUES_PER_CLAIM = 6;

	private final JdbcClient jdbc;

	DisagreementFeed(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<Disagreement> recent(Long storyId, int limit) {
		List<Row> rows = jdbc.sql("""
				select c.id, c.statement, c.article_count, d.first_seen
				from claim_disagreement d join claim c on c.id = d.claim_id
				where d.story_id = ? and c.agreement = 'DISCREPANT'
				order by d.first_seen desc, d.claim_id desc limit ?""").params(storyId, limit)
			.query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getInt(3), rs.getTimestamp(4).toInstant()))
			.list();
		if (rows.isEmpty()) {
			return List.of();
		}
		Map<Long, List<Value>> values = new LinkedHashMap<>();
		Map<Long, Integer> valueCounts = new HashMap<>();
		jdbc.sql("""
				select claim_id, kind, value, articles, names, values_in_all from (
				  select d.claim_id, d.kind, d.value, count(*) as articles,
				         (array_agg(coalesce(a.label, a.source_file) order by a.story_position, a.id))[1:?] as names,
				         row_number() over (partition by d.claim_id order by d.kind, count(*) desc, d.value) as n,
				         count(*) over (partition by d.claim_id) as values_in_all
				  from claim_difference d join article a on a.id = d.article_id
				  where d.claim_id = any(?) and d.firm group by d.claim_id, d.kind, d.value) g
				where n <= ? order by claim_id, n""")
			.params(NAMES_PER_VALUE, rows.stream().map(Row::claimId).toArray(Long[]::new), VALUES_PER_CLAIM)
			.query(rs -> {
				values.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Value(rs.getString(2),
						rs.getString(3), rs.getInt(4), List.of((String[]) rs.getArray(5).getArray())));
				valueCounts.put(rs.getLong(1), rs.getInt(6));
			});
		return rows.stream().map(row -> new Disagreement(row.claimId(), row.statement(), row.articleCount(),
				row.firstSeen(), values.getOrDefault(row.claimId(), List.of()), valueCounts.getOrDefault(row.claimId(), 0)))
			.toList();
	}

}
