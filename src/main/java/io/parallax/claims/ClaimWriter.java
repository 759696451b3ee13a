package io.parallax.claims;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import io.parallax.system.MemberIdentity;
import io.parallax.text.Datelines;
import io.parallax.text.DifferingWords;
import io.parallax.text.QuotationMarks;

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
			return differences.stream().anyMatch(ClaimDifference::firm) ? "DISCREPANT" : "CONSISTENT";
		}

	}

	void replace(Long storyId, List<RankedClaim> claims, List<ArticleOverlap> overlaps) {
		Map<Long, String> oldStatements = new HashMap<>();
		Map<Long, String> files = new HashMap<>();
		Map<Long, Integer> positions = new HashMap<>();
		jdbc.query("select id, source_file, story_position from article where story_id = ?", rs -> {
			files.put(rs.getLong(1), rs.getString(2));
			positions.put(rs.getLong(1), rs.getObject(3) == null ? Integer.MAX_VALUE : rs.getInt(3));
		}, storyId);
		LeadArticles leads = new LeadArticles(claims, positions);
		List<Set<ClaimIdentity.Member>> fresh = claims.stream().map(c -> members(c.claim(), files)).toList();
		MemberIdentity.Matching matching = ClaimIdentity.match(oldMembers(storyId, oldStatements), fresh);
		List<String[]> keys = fresh.stream()
			.map(members -> members.stream().map(ClaimIdentity.Member::key).sorted().toArray(String[]::new))
			.toList();
		jdbc.update("delete from claim where story_id = ?", storyId);
		jdbc.update("delete from article_overlap where story_id = ?", storyId);
		List<Object[]> members = new ArrayList<>();
		List<Object[]> differences = new ArrayList<>();
		List<Object[]> omissions = new ArrayList<>();
		List<Long> newIds = new ArrayList<>();
		int firstRow = 0;
		for (int position = 0; position < claims.size(); position++) {
			RankedClaim ranked = claims.get(position);
			ClaimSentence representative = ranked.claim().representative();
			Long id = jdbc.queryForObject("""
					insert into claim (id, story_id, position, statement, sentence_id, agreement, article_count,
					  independent_origins, member_keys, omission_count, firm_kinds, checking_kinds, lead_articles, first_row)
					values (coalesce(?, nextval(pg_get_serial_sequence('claim', 'id'))), ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
					returning id""", Long.class, matching.ids().get(position), storyId, position,
					QuotationMarks.balanced(Datelines.withoutDateline(representative.text(), representative.position())),
					representative.id(),
					ranked.agreement(), ranked.claim().articles().size(),
					ranked.origins(), keys.get(position), ranked.omittedBy().size(), kinds(ranked, true),
					kinds(ranked, false), leads.of(ranked), firstRow);
			newIds.add(id);
			firstRow += ranked.claim().articles().size() + ranked.omittedBy().size();
			ranked.claim().members().forEach(m -> members.add(new Object[] { id, m.sentence().articleId(),
					m.sentence().id(), (float) m.similarity() }));
			for (ClaimDifference difference : ranked.differences()) {
				List<Map.Entry<Long, String>> values = List.copyOf(difference.values().entrySet());
				List<int[]> marked = difference.kind().equals("WORDING")
						? DifferingWords.marked(values.stream().map(Map.Entry::getValue).toList()) : null;
				for (int i = 0; i < values.size(); i++) {
					differences.add(new Object[] { id, difference.kind(), values.get(i).getKey(), values.get(i).getValue(),
							difference.firm(), marked == null ? null : IntStream.of(marked.get(i)).boxed().toArray(Integer[]::new) });
				}
			}
			ranked.omittedBy().forEach(article -> omissions.add(new Object[] { id, article }));
		}
		jdbc.batchUpdate("insert into claim_member (claim_id, article_id, sentence_id, similarity) values (?, ?, ?, ?) "
				+ "on conflict do nothing", members);
		jdbc.batchUpdate("insert into claim_difference (claim_id, kind, article_id, value, firm, differing_words) "
				+ "values (?, ?, ?, ?, ?, ?)", differences);
		jdbc.batchUpdate("insert into claim_omission (claim_id, article_id) values (?, ?)", omissions);
		// A claim keeps the moment it first disagreed across comparisons (the story's feed lists the new ones),
		// and loses it once it is retired or its articles agree again.
		jdbc.update("""
				insert into claim_disagreement (claim_id, story_id, first_seen)
				select id, story_id, now() from claim where story_id = ? and agreement = 'DISCREPANT'
				on conflict (claim_id) do nothing""", storyId);
		jdbc.update("""
				delete from claim_disagreement d where d.story_id = ? and not exists (
				  select 1 from claim c where c.id = d.claim_id and c.agreement = 'DISCREPANT')""", storyId);
		overlaps(storyId, overlaps);
		tally(storyId);
		retire(storyId, oldStatements, matching, newIds);
	}

	/** The slots a claim's articles differ on, firm ones or those worth checking, each once and in order. */
	private static String[] kinds(RankedClaim claim, boolean firm) {
		return claim.differences().stream().filter(d -> d.firm() == firm).map(ClaimDifference::kind).distinct()
			.sorted().toArray(String[]::new);
	}

	/**
	 * Which claims name each of the story's entities, and how many claims each filter of the matrix shows, so that
	 * its pages read a range and a stored count (the claims' own rows cascade away with the old claims).
	 */
	private void tally(Long storyId) {
		jdbc.update("""
				insert into claim_entity (entity_id, claim_id, position)
				select distinct e.entity_id, m.claim_id, c.position
				from claim c join claim_member m on m.claim_id = c.id join entity_mention e on e.sentence_id = m.sentence_id
				where c.story_id = ? and e.entity_id is not null""", storyId);
		jdbc.update("""
				insert into claim_tally (story_id, claims, shared, discrepant, differing, single_source, overlap_pairs,
				  claim_rows)
				select ?, count(*), count(*) filter (where article_count > 1),
				       count(*) filter (where agreement = 'DISCREPANT'),
				       count(*) filter (where differs), count(*) filter (where agreement = 'SINGLE_SOURCE'),
				       (select count(*) from article_overlap where story_id = ?), coalesce(sum(article_count + omission_count), 0)
				from claim where story_id = ?
				on conflict (story_id) do update set claims = excluded.claims, shared = excluded.shared,
				  discrepant = excluded.discrepant, differing = excluded.differing, single_source = excluded.single_source,
				  overlap_pairs = excluded.overlap_pairs, claim_rows = excluded.claim_rows""",
				storyId, storyId, storyId);
		jdbc.update("delete from claim_entity_tally where story_id = ?", storyId);
		jdbc.update("""
				insert into claim_entity_tally (entity_id, story_id, claims, shared, discrepant, differing, single_source)
				select ce.entity_id, c.story_id, count(*), count(*) filter (where c.article_count > 1),
				       count(*) filter (where c.agreement = 'DISCREPANT'),
				       count(*) filter (where c.differs), count(*) filter (where c.agreement = 'SINGLE_SOURCE')
				from claim_entity ce join claim c on c.id = ce.claim_id where c.story_id = ?
				group by ce.entity_id, c.story_id""", storyId);
	}

	private Map<Long, Set<ClaimIdentity.Member>> oldMembers(Long storyId, Map<Long, String> statements) {
		Map<Long, Set<ClaimIdentity.Member>> members = new HashMap<>();
		jdbc.query("""
				select id, statement, member_keys from claim where story_id = ?""", rs -> {
			statements.put(rs.getLong(1), rs.getString(2));
			Set<ClaimIdentity.Member> keys = members.computeIfAbsent(rs.getLong(1), k -> new HashSet<>());
			for (Object key : (Object[]) rs.getArray(3).getArray()) {
				keys.add(ClaimIdentity.Member.parse((String) key));
			}
		}, storyId);
		return members;
	}

	private static Set<ClaimIdentity.Member> members(DraftClaim claim, Map<Long, String> files) {
		Set<ClaimIdentity.Member> members = new HashSet<>();
		claim.members().forEach(m -> members
			.add(new ClaimIdentity.Member(files.get(m.sentence().articleId()), m.sentence().text())));
		return members;
	}

	/** Old claims not kept are remembered, with the claim that took most of their sentences. */
	private void retire(Long storyId, Map<Long, String> oldStatements, MemberIdentity.Matching matching,
			List<Long> newIds) {
		MemberIdentity.remember(jdbc, "claim_retired", "statement", storyId,
				MemberIdentity.retired(oldStatements, matching, newIds::get));
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
