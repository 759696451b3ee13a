package io.parallax.stories;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.stories.ArticleText.SentenceText;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the stored text of a story's current articles for the stages that analyse it: two queries per story,
 * whatever its size.
 */
@Service
@Transactional(readOnly = true)
public class ArticleTexts {

	private final JdbcClient jdbc;

	ArticleTexts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<ArticleText> ofStory(Long storyId) {
		record Row(Long id, String sourceFile, String sha256, String outlet, java.sql.Date publishedOn) {
		}
		List<Row> rows = jdbc.sql("""
				select id, source_file, sha256, coalesce(curated_outlet, registered_outlet, outlet) as outlet,
				       coalesce(curated_published_on, published_on) as published_on from article
				where story_id = ? and retired_at is null order by source_file""").param(storyId).query(Row.class).list();
		Map<Long, List<SentenceText>> sentences = sentencesOf(storyId);
		List<ArticleText> texts = new ArrayList<>();
		for (Row row : rows) {
			texts.add(new ArticleText(row.id(), storyId, row.sourceFile(), row.sha256(), row.outlet(),
					row.publishedOn() == null ? null : row.publishedOn().toLocalDate(),
					sentences.getOrDefault(row.id(), List.of())));
		}
		return texts;
	}

	private Map<Long, List<SentenceText>> sentencesOf(Long storyId) {
		Map<Long, List<SentenceText>> byArticle = new LinkedHashMap<>();
		jdbc.sql("""
				select s.article_id, s.id, s.paragraph_position, s.position, s.start_offset, s.text
				from sentence s join article a on a.id = s.article_id
				where a.story_id = ? and a.retired_at is null order by s.article_id, s.position""")
			.param(storyId)
			.query((rs, n) -> {
				byArticle.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new SentenceText(rs.getLong(2), rs.getInt(3), rs.getInt(4), rs.getInt(5), rs.getString(6)));
				return null;
			})
			.list();
		return byArticle;
	}

}
