package io.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replaces a story's claims, their members, differences and omissions, and its article overlaps.
 */
@Component
class ClaimWriter {

	/** Shared sentences kept as examples of an overlap; the count keeps them all. */
	private static final int MAX_EXAMPLES = 5;

	private final JdbcTemplate jdbc;

	ClaimWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	record RankedClaim(DraftClaim claim, int origins, List<ClaimDifference> differences, Set<Long> omittedBy) {

		String agreement() {
			if (claim.articles().size() < 2) {
				return "SINGLE_SOURCE";
			}
			return differences.isEmpty() ? "CONSISTENT" : "DISCREPANT";
		}

	}

	void replace(Long storyId, List<RankedClaim> claims, List<ArticleOverlap> overlaps) {
		jdbc.update("delete from claim where story_id = ?", storyId);
		jdbc.update("delete from article_overlap where story_id = ?", storyId);
		List<Object[]> members = new ArrayList<>();
		List<Object[]> differences = new ArrayList<>();
		List<Object[]> omissions = new ArrayList<>();
		for (int position = 0; position < claims.size(); position++) {
			RankedClaim ranked = claims.get(position);
			ClaimSentence representative = ranked.claim().representative();
			Long id = jdbc.queryForObject("""
					insert into claim (story_id, position, statement, sentence_id, agreement, article_count,
					  independent_origins) values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, storyId, position,
					representative.text(), representative.id(), ranked.agreement(), ranked.claim().articles().size(),
					ranked.origins());
			ranked.claim().members().forEach(m -> members.add(new Object[] { id, m.sentence().articleId(),
					m.sentence().id(), (float) m.similarity() }));
			for (ClaimDifference difference : ranked.differences()) {
				for (Map.Entry<Long, String> value : difference.values().entrySet()) {
					differences.add(new Object[] { id, difference.kind(), value.getKey(), value.getValue() });
				}
			}
			ranked.omittedBy().forEach(article -> omissions.add(new Object[] { id, article }));
		}
		jdbc.batchUpdate("insert into claim_member (claim_id, article_id, sentence_id, similarity) values (?, ?, ?, ?) "
				+ "on conflict do nothing", members);
		jdbc.batchUpdate("insert into claim_difference (claim_id, kind, article_id, value) values (?, ?, ?, ?)",
				differences);
		jdbc.batchUpdate("insert into claim_omission (claim_id, article_id) values (?, ?)", omissions);
		overlaps(storyId, overlaps);
	}

	private void overlaps(Long storyId, List<ArticleOverlap> overlaps) {
		jdbc.batchUpdate("""
				insert into article_overlap (story_id, article_a, article_b, shared_sentences, example_a, example_b)
				values (?, ?, ?, ?, ?, ?)""", overlaps, overlaps.size(), (ps, overlap) -> {
			List<ClaimSentence[]> examples = overlap.examples().subList(0, Math.min(MAX_EXAMPLES, overlap.shared()));
			ps.setLong(1, storyId);
			ps.setLong(2, overlap.a());
			ps.setLong(3, overlap.b());
			ps.setInt(4, overlap.shared());
			ps.setArray(5, ps.getConnection().createArrayOf("bigint", examples.stream().map(e -> e[0].id()).toArray()));
			ps.setArray(6, ps.getConnection().createArrayOf("bigint", examples.stream().map(e -> e[1].id()).toArray()));
		});
	}

}
