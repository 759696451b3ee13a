package io.parallax.summary;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.summary.SummaryViews.ArticleSummary;
import io.parallax.summary.SummaryViews.EventMention;
import io.parallax.summary.SummaryViews.KeyFact;
import io.parallax.summary.SummaryViews.KeySentence;
import io.parallax.summary.SummaryViews.StorySummary;
import io.parallax.summary.SummaryViews.SummaryLine;
import io.parallax.summary.SummaryViews.TimelineEvent;

import io.parallax.stories.StoryCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the stored summaries, key facts and timeline: a few queries per call.
 */
@Service
@Transactional(readOnly = true)
public class SummaryCatalog {

	public static final String METHOD = "extractive: the sentences that together cover most of the word pairs the "
			+ "articles share, each pair counting for the articles that use it; no claim twice";

	public static final int DEFAULT_SENTENCES = 6;

	private final JdbcClient jdbc;

	private final StoryCatalog stories;

	SummaryCatalog(JdbcClient jdbc, StoryCatalog stories) {
		this.jdbc = jdbc;
		this.stories = stories;
	}

	public StorySummary story(String slug, int sentences) {
		Long storyId = stories.storyId(slug);
		int count = Math.max(1, Math.min(sentences, SummaryService.MAX_SENTENCES));
		List<SummaryLine> lines = jdbc.sql("""
				select s.text, s.article_id, a.source_file, coalesce(a.curated_outlet, a.outlet), s.id, x.claim_id,
				       array(select m.article_id from claim_member m where m.claim_id = x.claim_id
				             group by m.article_id order by m.article_id),
				       coalesce(c.independent_origins, 1), coalesce(c.agreement = 'DISCREPANT', false)
				from story_summary_sentence x join sentence s on s.id = x.sentence_id join article a on a.id = s.article_id
				left join claim c on c.id = x.claim_id
				where x.story_id = ? order by x.rank limit ?""").params(storyId, count)
			.query((rs, n) -> new SummaryLine(rs.getString(1), rs.getLong(2), rs.getString(3), rs.getString(4),
					rs.getLong(5), nullableLong(rs.getLong(6), rs.wasNull()), longs(rs.getArray(7), rs.getLong(2)),
					rs.getInt(8), rs.getBoolean(9)))
			.list();
		return new StorySummary(METHOD, lines);
	}

	public ArticleSummary article(Long articleId) {
		return new ArticleSummary(jdbc.sql("""
				select s.text, s.id from article_summary_sentence x join sentence s on s.id = x.sentence_id
				where x.article_id = ? order by x.rank""").param(articleId)
			.query((rs, n) -> new KeySentence(rs.getString(1), rs.getLong(2)))
			.list());
	}

	/** The key sentences of every current article of a story, by article id, for the story page's cards. */
	public Map<Long, List<String>> articles(String slug) {
		Map<Long, List<String>> byArticle = new LinkedHashMap<>();
		jdbc.sql("""
				select x.article_id, s.text from article_summary_sentence x join sentence s on s.id = x.sentence_id
				join article a on a.id = x.article_id join story t on t.id = a.story_id
				where t.slug = ? and a.retired_at is null order by x.article_id, x.rank""").param(slug)
			.query(rs -> {
				byArticle.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return byArticle;
	}

	public List<TimelineEvent> timeline(String slug) {
		Long storyId = stories.storyId(slug);
		Map<Long, List<EventMention>> mentions = new LinkedHashMap<>();
		jdbc.sql("""
				select m.event_id, m.article_id, m.sentence_id, a.source_file, coalesce(a.curated_outlet, a.outlet) from timeline_mention m
				join timeline_event e on e.id = m.event_id join article a on a.id = m.article_id
				where e.story_id = ? order by m.event_id, a.source_file""").param(storyId)
			.query(rs -> {
				mentions.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new EventMention(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5)));
			});
		return jdbc.sql("""
				select id, event_date, precision, date_text, description from timeline_event where story_id = ?
				order by position""")
			.param(storyId)
			.query((rs, n) -> new TimelineEvent(rs.getObject(2, java.time.LocalDate.class), rs.getString(3),
					rs.getString(4), rs.getString(5), mentions.getOrDefault(rs.getLong(1), List.of())))
			.list();
	}

	/** The story's numbers, most widely given first, with the values other articles give for the same claim. */
	public List<KeyFact> keyFacts(String slug) {
		Long storyId = stories.storyId(slug);
		return jdbc.sql("""
				select q.kind, min(q.text), q.value, q.unit, array_agg(distinct q.article_id order by q.article_id),
				       array(select distinct d.value from claim_difference d join claim c on c.id = d.claim_id
				             join claim_member m on m.claim_id = d.claim_id and m.article_id = d.article_id
				             where c.story_id = ? and d.kind = 'NUMBER' and d.value <> min(q.text)
				               and exists (select 1 from claim_member m2 join quantity q2 on q2.sentence_id = m2.sentence_id
				                           where m2.claim_id = c.id and q2.kind = q.kind and q2.value = q.value))
				from quantity q join article a on a.id = q.article_id
				where a.story_id = ? and a.retired_at is null and q.kind in ('MONEY', 'PERCENT', 'COUNT', 'DURATION')
				  and q.value is not null
				group by q.kind, q.value, q.unit
				order by count(distinct q.article_id) desc, q.kind, q.value limit 12""").params(storyId, storyId)
			.query((rs, n) -> new KeyFact(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
					longs(rs.getArray(5), null), strings(rs.getArray(6))))
			.list();
	}

	private static Long nullableLong(long value, boolean wasNull) {
		return wasNull ? null : value;
	}

	private static List<Long> longs(Array array, Long fallback) throws SQLException {
		Object[] values = array == null ? new Object[0] : (Object[]) array.getArray();
		if (values.length == 0 && fallback != null) {
			return List.of(fallback);
		}
		return Arrays.stream(values).map(v -> ((Number) v).longValue()).toList();
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.stream((Object[]) array.getArray()).map(String::valueOf).toList();
	}

}
