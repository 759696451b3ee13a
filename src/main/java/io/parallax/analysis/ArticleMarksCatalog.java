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
		Long storyId = stories.storyId(storySlug);
		Map<Long, List<SourceCount>> counts = new LinkedHashMap<>();
		jdbc.sql("""
				select t.article_id, coalesce(e.name, t.source), t.kind, t.entity_id, count(*)
				from attribution t join article a on a.id = t.article_id left join entity e on e.id = t.entity_id
				where a.story_id = ? and a.retired_at is null
				group by 1, 2, 3, 4 order by 1, 5 desc, 2""").param(storyId)
			.query((rs, n) -> counts.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
				.add(new SourceCount(rs.getString(2), rs.getString(3), AnalysisCatalog.nullableLong(rs, 4), rs.getLong(5))))
			.list();
		return jdbc.sql("""
				select id, coalesce(curated_outlet, outlet, source_file), coalesce(curated_outlet, outlet) is not null
				from article where story_id = ? and retired_at is null
				order by coalesce(curated_outlet, outlet, source_file)""").param(storyId)
			.query((rs, n) -> new OutletSources(rs.getLong(1), rs.getString(2), rs.getBoolean(3),
					counts.getOrDefault(rs.getLong(1), List.of())))
			.list();
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
