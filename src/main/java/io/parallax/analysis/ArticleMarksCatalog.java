package io.parallax.analysis;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.analysis.AnalysisViews.ArticleAnalysis;
import io.parallax.analysis.AnalysisViews.Mark;
import io.parallax.analysis.AnalysisViews.OutletSources;
import io.parallax.analysis.AnalysisViews.SourceCount;

import io.parallax.stories.StoryCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads what the article page marks in the text, and whom each outlet of a story cites.
 */
@Service
@Transactional(readOnly = true)
public class ArticleMarksCatalog {

	private final JdbcClient jdbc;

	private final StoryCatalog stories;

	ArticleMarksCatalog(JdbcClient jdbc, StoryCatalog stories) {
		this.jdbc = jdbc;
		this.stories = stories;
	}

	public ArticleAnalysis article(Long articleId) {
		List<Mark> marks = new ArrayList<>();
		jdbc.sql("""
				select sentence_id, start_offset, end_offset, 'QUOTE', speaker_entity_id, coalesce(speaker, '') from quote
				where article_id = ?
				union all
				select sentence_id, start_offset, end_offset, 'SOURCE', entity_id, kind from attribution
				where article_id = ? and end_offset > start_offset
				union all
				select sentence_id, start_offset, end_offset, 'ENTITY', entity_id, name from entity_mention
				where article_id = ? and entity_id is not null
				order by 1, 2""").params(articleId, articleId, articleId)
			.query((rs, n) -> marks.add(new Mark(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getString(4),
					AnalysisCatalog.nullableLong(rs, 5), rs.getString(6))))
			.list();
		List<SourceCount> quoted = jdbc.sql("""
				select coalesce(e.name, q.speaker, 'unknown speaker'), 'QUOTE', q.speaker_entity_id, count(*)
				from quote q left join entity e on e.id = q.speaker_entity_id where q.article_id = ?
				group by 1, 3 order by 4 desc, 1""").param(articleId)
			.query((rs, n) -> new SourceCount(rs.getString(1), rs.getString(2), AnalysisCatalog.nullableLong(rs, 3),
					rs.getLong(4)))
			.list();
		return new ArticleAnalysis(marks, quoted, citedBy(articleId));
	}

	public List<OutletSources> sourcesByOutlet(String storySlug) {
		return sourcesByOutlet(stories.storyId(storySlug), 0, Integer.MAX_VALUE);
	}

	/** Whom each article cites, for one page of the story's articles in the order of their labels. */
	public List<OutletSources> sourcesByOutlet(Long storyId, int offset, int limit) {
		List<OutletSources> articles = jdbc.sql("""
				select id, label, coalesce(curated_outlet, registered_outlet, outlet) is not null
				from article where story_id = ? and retired_at is null
				order by label, id offset ? limit ?""")
			.params(storyId, offset, limit)
			.query((rs, n) -> new OutletSources(rs.getLong(1), rs.getString(2), rs.getBoolean(3), new ArrayList<>()))
			.list();
		Map<Long, List<SourceCount>> counts = new LinkedHashMap<>();
		articles.forEach(article -> counts.put(article.articleId(), article.sources()));
		jdbc.sql("""
				select t.article_id, coalesce(e.name, t.source), t.kind, t.entity_id, count(*)
				from attribution t left join entity e on e.id = t.entity_id
				where t.article_id = any (?)
				group by 1, 2, 3, 4 order by 1, 5 desc, 2""").param(counts.keySet().toArray(Long[]::new))
			.query(rs -> {
				counts.get(rs.getLong(1))
					.add(new SourceCount(rs.getString(2), rs.getString(3), AnalysisCatalog.nullableLong(rs, 4),
							rs.getLong(5)));
			});
		return articles;
	}

	private List<SourceCount> citedBy(Long articleId) {
		return jdbc.sql("""
				select coalesce(e.name, t.source), t.kind, t.entity_id, count(*)
				from attribution t left join entity e on e.id = t.entity_id where t.article_id = ?
				group by 1, 2, 3 order by 4 desc, 1""").param(articleId)
			.query((rs, n) -> new SourceCount(rs.getString(1), rs.getString(2), AnalysisCatalog.nullableLong(rs, 3),
					rs.getLong(4)))
			.list();
	}

}
