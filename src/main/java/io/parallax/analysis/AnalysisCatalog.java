package io.parallax.analysis;

import java.sql.Array;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import io.parallax.analysis.AnalysisViews.ArticleMentions;
import io.parallax.analysis.AnalysisViews.Attribution;
import io.parallax.analysis.AnalysisViews.QuoteInStory;
import io.parallax.analysis.AnalysisViews.Entity;
import io.parallax.analysis.AnalysisViews.EntityMentions;
import io.parallax.analysis.AnalysisViews.MentionLine;
import io.parallax.analysis.AnalysisViews.Quantity;
import io.parallax.analysis.AnalysisViews.Quote;
import io.parallax.analysis.AnalysisViews.QuoteInstance;
import io.parallax.analysis.AnalysisViews.RetiredQuote;
import io.parallax.system.NotFoundException;
import io.parallax.system.SqlArrays;

import io.parallax.stories.StoryCatalog;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of the analysis: a fixed handful of queries per call, whatever the story's size.
 */
@Service
@Transactional(readOnly = true)
public class AnalysisCatalog {

	private final JdbcClient jdbc;

	private final StoryCatalog stories;

	AnalysisCatalog(JdbcClient jdbc, StoryCatalog stories) {
		this.jdbc = jdbc;
		this.stories = stories;
	}

	public List<Quote> quotes(String storySlug) {
		return quotes(stories.storyId(storySlug), 0, Integer.MAX_VALUE);
	}

	public int quoteCount(Long storyId) {
		return jdbc.sql("select count(*) from quote_group where story_id = ?").param(storyId).query(Integer.class)
			.single();
	}

	/** One page of the story's quotes, in the order of the quote tracker, each with every outlet's wording. */
	public List<Quote> quotes(Long storyId, int offset, int limit) {
		List<Quote> groups = jdbc.sql("""
				select id, text, speaker, speaker_entity_id, partial, venue from quote_group
				where story_id = ? order by position offset ? limit ?""").params(storyId, offset, limit)
			.query((rs, n) -> new Quote(rs.getLong(1), rs.getString(2), rs.getString(3), nullableLong(rs, 4),
					rs.getBoolean(5), rs.getString(6), new ArrayList<>()))
			.list();
		return withInstances(groups);
	}

	/** One quoted statement with every outlet's wording, and the story it is in. */
	public Optional<QuoteInStory> quote(Long groupId) {
		return jdbc.sql("""
				select g.id, g.text, g.speaker, g.speaker_entity_id, g.partial, g.venue, s.slug, s.title
				from quote_group g join story s on s.id = g.story_id where g.id = ?""").param(groupId)
			.query((rs, n) -> new QuoteInStory(rs.getString(7), rs.getString(8), new Quote(rs.getLong(1),
					rs.getString(2), rs.getString(3), nullableLong(rs, 4), rs.getBoolean(5), rs.getString(6),
					new ArrayList<>())))
			.optional()
			.map(found -> {
				withInstances(List.of(found.quote()));
				return found;
			});
	}

	/** What became of a statement whose id is no longer one: the statement that took it over, or that it is gone. */
	public Optional<RetiredQuote> retiredQuote(Long groupId) {
		return jdbc.sql("""
				select r.successor_id, r.text, s.slug, s.title from quote_group_retired r join story s on s.id = r.story_id
				where r.id = ?""").param(groupId)
			.query((rs, n) -> new RetiredQuote(nullableLong(rs, 1), rs.getString(2), rs.getString(3), rs.getString(4)))
			.optional();
	}

	private List<Quote> withInstances(List<Quote> groups) {
		Map<Long, List<QuoteInstance>> instances = new LinkedHashMap<>();
		groups.forEach(group -> instances.put(group.id(), group.instances()));
		jdbc.sql("""
				select q.group_id, q.article_id, a.source_file, coalesce(a.curated_outlet, a.registered_outlet, a.outlet), q.text,
				       q.sentence_id, s.text, q.start_offset, q.end_offset, q.partial, q.speaker, q.speaker_entity_id, a.label,
				       q.differing_words
				from quote q join article a on a.id = q.article_id join sentence s on s.id = q.sentence_id
				where q.group_id = any (?) and a.retired_at is null
				order by a.source_file, s.position, q.start_offset""").param(instances.keySet().toArray(Long[]::new))
			.query(rs -> {
				instances.get(rs.getLong(1))
					.add(new QuoteInstance(rs.getLong(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getLong(6),
							rs.getString(7), rs.getInt(8), rs.getInt(9), rs.getBoolean(10), rs.getString(11),
							nullableLong(rs, 12), rs.getString(13), SqlArrays.ints(rs.getArray(14))));
			});
		return groups;
	}

	public List<Attribution> attributions(Long articleId) {
		return jdbc.sql("""
				select t.source, t.kind, t.entity_id, t.sentence_id, s.text, t.cue
				from attribution t join sentence s on s.id = t.sentence_id
				where t.article_id = ? order by s.position, t.start_offset""").param(articleId)
			.query((rs, n) -> new Attribution(rs.getString(1), rs.getString(2), nullableLong(rs, 3), rs.getLong(4),
					rs.getString(5), rs.getString(6)))
			.list();
	}

	public List<Entity> entities(String storySlug) {
		return entities(stories.storyId(storySlug), 0, Integer.MAX_VALUE);
	}

	public int entityCount(Long storyId) {
		return jdbc.sql("select count(*) from entity where story_id = ?").param(storyId).query(Integer.class).single();
	}

	/** One page of the story's people, organisations and places, most mentioned first. */
	public List<Entity> entities(Long storyId, int offset, int limit) {
		return jdbc.sql("""
				select e.id, e.name, e.kind, e.aliases, e.roles, e.mention_count,
				       array(select distinct m.article_id from entity_mention m join article a on a.id = m.article_id
				             where m.entity_id = e.id and a.retired_at is null order by 1)
				from entity e where e.story_id = ? order by e.mention_count desc, e.name offset ? limit ?""")
			.params(storyId, offset, limit)
			.query((rs, n) -> entity(rs))
			.list();
	}

	/**
	 * An entity with its mentions, for one page of the current articles that name it (by file name).
	 */
	public EntityMentions entity(Long entityId, int offset, int limit) {
		record Owner(Entity entity, String slug, String title) {
		}
		Owner owner = jdbc.sql("""
				select e.id, e.name, e.kind, e.aliases, e.roles, e.mention_count,
				       array(select distinct m.article_id from entity_mention m join article a on a.id = m.article_id
				             where m.entity_id = e.id and a.retired_at is null order by 1),
				       s.slug, s.title
				from entity e join story s on s.id = e.story_id where e.id = ?""").param(entityId)
			.query((rs, n) -> new Owner(entity(rs), rs.getString(8), rs.getString(9)))
			.optional()
			.orElseThrow(() -> NotFoundException.of("entity", entityId));
		Map<Long, ArticleMentions> byArticle = new LinkedHashMap<>();
		jdbc.sql("""
				select a.id, a.headline, a.source_file, coalesce(a.curated_outlet, a.registered_outlet, a.outlet), m.sentence_id, s.text,
				       m.start_offset, m.end_offset, a.label
				from entity_mention m join article a on a.id = m.article_id join sentence s on s.id = m.sentence_id
				where m.entity_id = ? and a.id in (select x.id from article x where x.id = any (?)
				                                   order by x.source_file, x.id offset ? limit ?)
				order by a.source_file, s.position, m.start_offset""")
			.params(entityId, owner.entity().articleIds().toArray(Long[]::new), offset, limit)
			.query((rs, n) -> {
				byArticle.computeIfAbsent(rs.getLong(1), id -> new ArticleMentions(id, uncheckedString(rs, 2),
						uncheckedString(rs, 3), uncheckedString(rs, 4), uncheckedString(rs, 9), new ArrayList<>()))
					.mentions()
					.add(new MentionLine(rs.getLong(5), rs.getString(6), rs.getInt(7), rs.getInt(8)));
				return null;
			})
			.list();
		return new EntityMentions(owner.entity(), owner.slug(), owner.title(), List.copyOf(byArticle.values()));
	}

	/** The version of the story an entity belongs to, which its page and API response show. */
	public Optional<io.parallax.stories.ContentVersion> versionOfEntity(Long entityId) {
		return jdbc.sql("select s.id, s.version, s.changed_at from entity e join story s on s.id = e.story_id "
				+ "where e.id = ?").param(entityId)
			.query((rs, n) -> io.parallax.stories.ContentVersion.ofStory(rs))
			.optional();
	}

	public List<Quantity> quantities(Long articleId) {
		return jdbc.sql("""
				select q.kind, q.text, q.value, q.unit, q.sentence_id, q.resolved_date, q.precision
				from quantity q join sentence s on s.id = q.sentence_id
				where q.article_id = ? order by s.position, q.start_offset""").param(articleId)
			.query((rs, n) -> new Quantity(rs.getString(1), rs.getString(2), rs.getBigDecimal(3), rs.getString(4),
					rs.getLong(5), rs.getObject(6, java.time.LocalDate.class), rs.getString(7)))
			.list();
	}

	private static Entity entity(ResultSet rs) throws SQLException {
		return new Entity(rs.getLong(1), rs.getString(2), rs.getString(3), strings(rs.getArray(4)),
				strings(rs.getArray(5)), longs(rs.getArray(7)), rs.getInt(6));
	}

	private static List<String> strings(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((String[]) array.getArray());
	}

	private static List<Long> longs(Array array) throws SQLException {
		return array == null ? List.of() : Arrays.asList((Long[]) array.getArray());
	}

	static Long nullableLong(ResultSet rs, int column) throws SQLException {
		long value = rs.getLong(column);
		return rs.wasNull() ? null : value;
	}

	private static String uncheckedString(ResultSet rs, int column) {
		try {
			return rs.getString(column);
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
