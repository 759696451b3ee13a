package io.parallax.summary;

import java.sql.Array;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.summary.SummaryViews.ArticleCoverage;
import io.parallax.summary.SummaryViews.ArticleSummary;
import io.parallax.summary.SummaryViews.EventMention;
import io.parallax.summary.SummaryViews.KeyFact;
import io.parallax.summary.SummaryViews.KeyFactLine;
import io.parallax.summary.SummaryViews.Rewrite;
import io.parallax.summary.SummaryViews.KeySentence;
import io.parallax.summary.SummaryViews.StorySummary;
import io.parallax.summary.SummaryViews.SummaryLine;
import io.parallax.summary.SummaryViews.TimelineEvent;
import io.parallax.text.Datelines;

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

	/** Articles named beside a key fact on the story page; the rest are counted. */
	static final int FACT_LABELS = 5;

	private final JdbcClient jdbc;

	SummaryCatalog(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public StorySummary story(Long storyId, int sentences) {
		int count = Math.max(1, Math.min(sentences, SummaryService.MAX_SENTENCES));
		List<SummaryLine> lines = jdbc.sql("""
				select s.text, s.article_id, a.source_file, coalesce(a.curated_outlet, a.registered_outlet, a.outlet), s.id, x.claim_id,
				       array(select m.article_id from claim_member m where m.claim_id = x.claim_id
				             group by m.article_id order by m.article_id),
				       coalesce(c.independent_origins, 1), coalesce(c.agreement = 'DISCREPANT', false), a.label, s.position
				from story_summary_sentence x join sentence s on s.id = x.sentence_id join article a on a.id = s.article_id
				left join claim c on c.id = x.claim_id
				where x.story_id = ? order by x.rank limit ?""").params(storyId, count)
			.query((rs, n) -> new SummaryLine(Datelines.withoutDateline(rs.getString(1), rs.getInt(11)), rs.getLong(2),
					rs.getString(3), rs.getString(4), rs.getLong(5), nullableLong(rs.getLong(6), rs.wasNull()),
					longs(rs.getArray(7), rs.getLong(2)), rs.getInt(8), rs.getBoolean(9), rs.getString(10)))
			.list();
		return new StorySummary(METHOD, lines);
	}

	public ArticleSummary article(Long articleId) {
		return new ArticleSummary(jdbc.sql("""
				select s.text, s.id, s.position from article_summary_sentence x join sentence s on s.id = x.sentence_id
				where x.article_id = ? order by x.rank""").param(articleId)
			.query((rs, n) -> new KeySentence(Datelines.withoutDateline(rs.getString(1), rs.getInt(3)), rs.getLong(2)))
			.list());
	}

	/** The key sentences of these articles, by article id, for the story page's cards. */
	public Map<Long, List<String>> articles(List<Long> articleIds) {
		Map<Long, List<String>> byArticle = new LinkedHashMap<>();
		jdbc.sql("""
				select x.article_id, s.text, s.position from article_summary_sentence x
				join sentence s on s.id = x.sentence_id
				where x.article_id = any (?) order by x.article_id, x.rank""").param(ids(articleIds))
			.query(rs -> {
				byArticle.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(Datelines.withoutDateline(rs.getString(2), rs.getInt(3)));
			});
		return byArticle;
	}

	/** What the coverage table shows for these articles, in their order. */
	public List<ArticleCoverage> coverage(List<Long> articleIds) {
		Map<Long, ArticleCoverage> byArticle = new HashMap<>();
		jdbc.sql("""
				select c.article_id, a.label, c.claims, c.alone, c.omits,
				       c.rewrite_count, c.rewrite_ids, c.rewrite_shared,
				       array(select o.label
				             from unnest(c.rewrite_ids) with ordinality u(id, n) join article o on o.id = u.id order by u.n)
				from article_coverage c join article a on a.id = c.article_id where c.article_id = any (?)""")
			.param(ids(articleIds))
			.query(rs -> {
				Object[] others = (Object[]) rs.getArray(7).getArray();
				Object[] shared = (Object[]) rs.getArray(8).getArray();
				Object[] labels = (Object[]) rs.getArray(9).getArray();
				List<Rewrite> rewrites = new ArrayList<>();
				for (int i = 0; i < others.length; i++) {
					rewrites.add(new Rewrite(((Number) others[i]).longValue(), (String) labels[i],
							((Number) shared[i]).intValue()));
				}
				byArticle.put(rs.getLong(1), new ArticleCoverage(rs.getLong(1), rs.getString(2), rs.getInt(3),
						rs.getInt(4), rs.getInt(5), rs.getInt(6), rewrites));
			});
		return articleIds.stream().map(byArticle::get).filter(c -> c != null).toList();
	}

	public int eventCount(Long storyId) {
		return jdbc.sql("select count(*) from timeline_event where story_id = ?").param(storyId).query(Integer.class)
			.single();
	}

	/** One page of the story's events, dated ones first, each with the articles that mention it. */
	public List<TimelineEvent> timeline(Long storyId, int offset, int limit) {
		record Event(Long id, TimelineEvent event) {
		}
		List<Event> events = jdbc.sql("""
				select id, event_date, precision, date_text, description from timeline_event where story_id = ?
				order by position offset ? limit ?""").params(storyId, offset, limit)
			.query((rs, n) -> new Event(rs.getLong(1), new TimelineEvent(rs.getObject(2, java.time.LocalDate.class),
					rs.getString(3), rs.getString(4), rs.getString(5), new ArrayList<>())))
			.list();
		Map<Long, List<EventMention>> mentions = new HashMap<>();
		events.forEach(e -> mentions.put(e.id(), e.event().mentions()));
		jdbc.sql("""
				select m.event_id, m.article_id, m.sentence_id, a.source_file, coalesce(a.curated_outlet, a.registered_outlet, a.outlet),
				       s.text, a.label
				from timeline_mention m join article a on a.id = m.article_id join sentence s on s.id = m.sentence_id
				where m.event_id = any (?) order by m.event_id, a.label""")
			.param(mentions.keySet().toArray(Long[]::new))
			.query(rs -> {
				mentions.get(rs.getLong(1))
					.add(new EventMention(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5), rs.getString(7),
							rs.getString(6)));
			});
		return events.stream().map(Event::event).toList();
	}

	/** The story's numbers as stored at import, most widely given first. */
	public List<KeyFact> keyFacts(Long storyId) {
		return keyFactLines(storyId).stream().map(KeyFactLine::fact).toList();
	}

	/** The key facts with the names of the first few articles that give each, for the story page. */
	public List<KeyFactLine> keyFactLines(Long storyId) {
		return jdbc.sql("""
				select k.kind, k.text, k.value, k.unit, k.article_ids, k.differing_values,
				       array(select a.label
				             from unnest(k.article_ids[1:?]) with ordinality u(id, n) join article a on a.id = u.id
				             order by u.n)
				from key_fact k where k.story_id = ? order by k.rank""").params(FACT_LABELS, storyId)
			.query((rs, n) -> new KeyFactLine(new KeyFact(rs.getString(1), rs.getString(2), rs.getBigDecimal(3),
					rs.getString(4), longs(rs.getArray(5), null), strings(rs.getArray(6))), strings(rs.getArray(7))))
			.list();
	}

	private static Long[] ids(List<Long> articleIds) {
		return articleIds.toArray(Long[]::new);
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
