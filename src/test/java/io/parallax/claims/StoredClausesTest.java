package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parallax.IntegrationTest;
import io.parallax.analysis.SentenceClauses;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The clauses the seed story's sentences were split into at import are what the comparison reads; a story whose
 * sentences have none (a database imported before clauses were stored) is split at comparison and compared alike.
 * Each test changes the story inside a transaction it rolls back.
 */
@IntegrationTest
class StoredClausesTest {

	private static final String SENTENCES = """
			select s.id from sentence s join article a on a.id = s.article_id
			where a.story_id = ? and a.retired_at is null""";

	@Autowired
	private JdbcClient jdbc;

	@Autowired
	private SentenceClauses clauses;

	@Autowired
	private ClaimService claims;

	@Autowired
	private TransactionTemplate transactions;

	private Long seedStory() {
		return jdbc.sql("select id from story where folder_key = ''").query(Long.class).single();
	}

	@Test
	void everySentenceIsSplitAtImportFromTheAnalysisTagsAsItWouldBeSplitNow() {
		Long story = seedStory();
		Map<Long, String> texts = new HashMap<>();
		jdbc.sql("""
				select s.id, s.text from sentence s join article a on a.id = s.article_id
				where a.story_id = ? and a.retired_at is null""").param(story).query(rs -> {
			texts.put(rs.getLong(1), rs.getString(2));
		});
		Map<Long, List<String>> stored = clauses.ofStory(story);

		assertThat(stored.keySet()).containsExactlyInAnyOrderElementsOf(texts.keySet());
		texts.forEach((id, text) -> assertThat(stored.get(id)).as(text).isEqualTo(clauses.split(text)));
		assertThat(stored.values()).anyMatch(split -> split.size() > 1);
	}

	@Test
	void aStoryWithoutStoredClausesIsComparedAsOneWithThem() {
		Long story = seedStory();
		transactions.executeWithoutResult(status -> {
			String before = comparison(story);
			jdbc.sql("delete from sentence_clause where sentence_id in (" + SENTENCES + ")").param(story).update();

			claims.compareStory(story);

			assertThat(clauses.ofStory(story)).isEmpty();
			assertThat(comparison(story)).isEqualTo(before);
			status.setRollbackOnly();
		});
	}

	@Test
	void theComparisonReadsTheStoredClauses() {
		Long story = seedStory();
		transactions.executeWithoutResult(status -> {
			// a sentence without quotes (two that quote one statement are one claim whatever their words) that is in
			// a claim of several articles
			Long shared = jdbc.sql("""
					select m.sentence_id from claim_member m join claim c on c.id = m.claim_id
					where c.story_id = ? and c.article_count > 1
					  and not exists (select 1 from quote q where q.sentence_id = m.sentence_id)
					order by m.sentence_id limit 1""").param(story).query(Long.class).single();
			jdbc.sql("delete from sentence_clause where sentence_id = ?").param(shared).update();
			jdbc.sql("insert into sentence_clause (sentence_id, position, text) values (?, 0, ?)")
				.param(shared)
				.param("Quokkas juggled marmalade beside the xylophone")
				.update();

			claims.compareStory(story);

			assertThat(jdbc.sql("""
					select max(c.article_count) from claim_member m join claim c on c.id = m.claim_id
					where m.sentence_id = ?""").param(shared).query(Integer.class).single()).isEqualTo(1);
			status.setRollbackOnly();
		});
	}

	/** The story's claims as stored: each one's members, slots that differ and articles that leave it out. */
	private String comparison(Long story) {
		return String.join("\n", jdbc.sql("""
				select c.id || ' ' || c.agreement || ' ' || c.article_count || ' ' || c.independent_origins
				  || ' members ' || (select string_agg(m.sentence_id || ':' || m.similarity, ',' order by m.sentence_id)
				                     from claim_member m where m.claim_id = c.id)
				  || ' differences ' || coalesce((select string_agg(d.kind || ':' || d.article_id || ':' || d.value, ','
				                                   order by d.kind, d.article_id) from claim_difference d
				                                 where d.claim_id = c.id), '')
				  || ' omitted by ' || coalesce((select string_agg(o.article_id::text, ',' order by o.article_id)
				                                from claim_omission o where o.claim_id = c.id), '')
				from claim c where c.story_id = ? order by c.position""").param(story).query(String.class).list());
	}

}
