package io.parallax.summary;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads a story's sentences with their embeddings and the claims they state (the most widely reported one, when a
 * sentence states several).
 */
@Component
class SummaryInputs {

	private final JdbcClient jdbc;

	SummaryInputs(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	List<SummarySentence> of(Long storyId) {
		List<SummarySentence> sentences = new ArrayList<>();
		jdbc.sql("""
				select s.id, s.article_id, s.position, s.text, e.vector, c.id, coalesce(c.article_count, 1),
				       coalesce(c.independent_origins, 1)
				from sentence s join article a on a.id = s.article_id join sentence_embedding e on e.sentence_id = s.id
				left join lateral (select c.id, c.article_count, c.independent_origins from claim_member m
				                   join claim c on c.id = m.claim_id where m.sentence_id = s.id
				                   order by c.article_count desc, c.position limit 1) c on true
				where a.story_id = ? and a.retired_at is null order by a.source_file, s.position""").param(storyId)
			.query(rs -> {
				long claim = rs.getLong(6);
				sentences.add(new SummarySentence(rs.getLong(1), rs.getLong(2), rs.getInt(3), rs.getString(4),
						vector(rs.getArray(5)), rs.wasNull() ? null : claim, rs.getInt(7), rs.getInt(8)));
			});
		return sentences;
	}

	private static float[] vector(Array array) throws SQLException {
		return io.parallax.text.SentenceEmbedder.vector((Object[]) array.getArray());
	}

}
