package io.parallax.claims;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a story's feed of disagreements lists: its claims that disagree now, the most recently first seen
 * disagreeing first, each with the conflicting values the articles give. Two indexed reads, bounded by the feed's
 * length.
 */
@Service
@Transactional(readOnly = true)
public class DisagreementFeed {

	/** One article's value for a slot the articles disagree on (a kind of {@code claims.difference.*}). */
	public record Value(String kind, String article, String value) {
	}

	/** A claim the articles disagree on, and since when. */
	public record Disagreement(long claimId, String statement, int articleCount, Instant firstSeen,
			List<Value> values) {
	}

	private record Row(long claimId, String statement, int articleCount, Instant firstSeen) {
	}

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
		jdbc.sql("""
				select d.claim_id, d.kind, coalesce(a.label, a.source_file), d.value
				from claim_difference d join article a on a.id = d.article_id
				where d.claim_id = any(?) and d.firm
				order by d.claim_id, d.kind, 3, a.id""")
			.param(rows.stream().map(Row::claimId).toArray(Long[]::new))
			.query(rs -> {
				values.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>())
					.add(new Value(rs.getString(2), rs.getString(3), rs.getString(4)));
			});
		return rows.stream().map(row -> new Disagreement(row.claimId(), row.statement(), row.articleCount(),
				row.firstSeen(), values.getOrDefault(row.claimId(), List.of()))).toList();
	}

}
