package io.parallax.summary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores, for each current article of a story, what the story page's coverage table shows: how many claims it
 * carries, reports alone or leaves out, and the articles it shares most near-identical sentences with. Written once
 * per comparison, so that the page reads one row per article it shows instead of counting over the whole story.
 */
@Component
class CoverageWriter {

	/** The rewrites kept per article, most shared first; the count keeps them all. */
	static final int REWRITES_SHOWN = 5;

	private final JdbcTemplate jdbc;

	CoverageWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void replace(Long storyId) {
		jdbc.update("delete from article_coverage where story_id = ?", storyId);
		jdbc.update("""
				insert into article_coverage (article_id, story_id, claims, alone, omits, rewrite_count, rewrite_ids,
				                              rewrite_shared)
				select a.id, a.story_id,
				       (select count(distinct m.claim_id) from claim_member m where m.article_id = a.id),
				       (select count(distinct m.claim_id) from claim_member m join claim c on c.id = m.claim_id
				        where m.article_id = a.id and c.article_count = 1),
				       (select count(*) from claim_omission o where o.article_id = a.id),
				       (select count(*) from article_overlap o where o.article_a = a.id or o.article_b = a.id),
				       coalesce(r.ids, '{}'), coalesce(r.shared, '{}')
				from article a
				left join lateral (
				    select array_agg(t.other order by t.shared desc, t.other) as ids,
				           array_agg(t.shared order by t.shared desc, t.other) as shared
				    from (select case when o.article_a = a.id then o.article_b else o.article_a end as other,
				                 o.shared_sentences as shared
				          from article_overlap o where o.article_a = a.id or o.article_b = a.id
				          order by o.shared_sentences desc limit ?) t) r on true
				where a.story_id = ? and a.retired_at is null""", REWRITES_SHOWN, storyId);
	}

}
