package io.parallax.summary;

import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a story's sentences with the claim each states (the most widely reported one, when a sentence states
 * several).
 */
@Component
class SummaryInputs {

	private final JdbcClient jdbc;

	SummaryInputs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SummarySentence> of(Long storyId) {
		return jdbc.sql("""
				select s.id, s.article_id, s.position, s.text,
				       (select m.claim_id from claim_member m join claim c on c.id = m.claim_id where m.sentence_id = s.id
				        order by c.article_count desc, c.position limit 1)
				from sentence s join article a on a.id = s.article_id
				where a.story_id = ? and a.retired_at is null order by a.source_file, s.position""").param(storyId)
			.query((rs, n) -> new SummarySentence(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
					rs.getObject(5, Long.class)))
			.list();
	}

}
