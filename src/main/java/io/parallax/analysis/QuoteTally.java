package io.parallax.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is quoted in a story and how often, per article: the numbers behind the "who is quoted most, by whom?"
 * chart. Two statements whatever the story's size: the most quoted speakers, then their counts per article.
 */
@Service
@Transactional(readOnly = true)
public class QuoteTally {

	/** One speaker's quotes: in all, and per article id (articles that never quote them are absent). */
	public record SpeakerQuotes(String speaker, Long entityId, long total, Map<Long, Long> byArticle) {

		public long in(Long articleId) {
			return byArticle.getOrDefault(articleId, 0L);
		}

	}

	private final JdbcClient jdbc;

	QuoteTally(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	/** The {@code limit} most quoted speakers of the story's current articles, most quoted first. */
	public List<SpeakerQuotes> mostQuoted(Long storyId, int limit) {
		Map<String, SpeakerQuotes> speakers = new LinkedHashMap<>();
		jdbc.sql("""
				select coalesce(e.name, q.speaker, 'an unnamed speaker'), min(q.speaker_entity_id), count(*)
				from quote q join article a on a.id = q.article_id left join entity e on e.id = q.speaker_entity_id
				where a.story_id = ? and a.retired_at is null
				group by 1 order by 3 desc, 1 limit ?""").params(storyId, limit)
			.query(rs -> {
				String name = rs.getString(1);
				long entity = rs.getLong(2);
				speakers.put(name, new SpeakerQuotes(name, rs.wasNull() ? null : entity, rs.getLong(3),
						new LinkedHashMap<>()));
			});
		if (speakers.isEmpty()) {
			return List.of();
		}
		jdbc.sql("""
				select coalesce(e.name, q.speaker, 'an unnamed speaker'), q.article_id, count(*)
				from quote q join article a on a.id = q.article_id left join entity e on e.id = q.speaker_entity_id
				where a.story_id = ? and a.retired_at is null and coalesce(e.name, q.speaker, 'an unnamed speaker') = any (?)
				group by 1, 2""").params(storyId, speakers.keySet().toArray(String[]::new))
			.query(rs -> {
				speakers.get(rs.getString(1)).byArticle().put(rs.getLong(2), rs.getLong(3));
			});
		return new ArrayList<>(speakers.values());
	}

}
