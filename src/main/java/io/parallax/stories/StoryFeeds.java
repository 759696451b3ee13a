package io.parallax.stories;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the feeds list: the stories changed most recently, and a story's articles newest first. One indexed read
 * each, bounded by the feed's length.
 */
@Service
@Transactional(readOnly = true)
public class StoryFeeds {

	/** A story as a feed entry: when it first appeared and when it last changed. */
	public record StoryEntry(Long id, String slug, String title, int articleCount, int outletCount, Instant createdAt,
			Instant changedAt) {
	}

	/** An article as a feed entry: when it was imported and when its text or its curation last changed. */
	public record ArticleEntry(Long id, String headline, String standfirst, String byline, String outlet,
			LocalDate publishedOn, Instant importedAt, Instant updatedAt, String lead) {
	}

	/** A page for the sitemap: its path and when what it shows last changed. */
	public record Address(String path, Instant changedAt) {
	}

	private final JdbcClient jdbc;

	StoryFeeds(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public List<StoryEntry> recentStories(int limit) {
		return jdbc.sql("""
				select id, slug, title, article_count, outlet_count, created_at, changed_at from story
				order by version desc limit ?""").param(limit)
			.query((rs, n) -> new StoryEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getInt(4),
					rs.getInt(5), rs.getTimestamp(6).toInstant(), rs.getTimestamp(7).toInstant()))
			.list();
	}

	/** The story's current articles, the last imported first. */
	public List<ArticleEntry> recentArticles(Long storyId, int limit) {
		return jdbc.sql("""
				select a.id, a.headline, a.standfirst, a.byline, coalesce(a.curated_outlet, a.registered_outlet, a.outlet),
				       coalesce(a.curated_published_on, a.published_on), a.imported_at,
				       greatest(a.updated_at, coalesce(a.curated_at, a.updated_at)),
				       (select se.text from sentence se where se.article_id = a.id and se.position = 0)
				from article a where a.story_id = ? and a.retired_at is null
				order by a.imported_at desc, a.id desc limit ?""").params(storyId, limit)
			.query((rs, n) -> new ArticleEntry(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
					rs.getString(5), rs.getObject(6, LocalDate.class), rs.getTimestamp(7).toInstant(),
					rs.getTimestamp(8).toInstant(), rs.getString(9)))
			.list();
	}

	/**
	 * Every story's and current article's page, for the sitemap (at most {@code limit}, the sitemap protocol's
	 * 50,000 per file): the stories first, newest change first.
	 */
	public List<Address> addresses(int limit) {
		return jdbc.sql("""
				(select '/stories/' || slug as path, changed_at, 0 as rank, version as ord from story)
				union all
				(select '/articles/' || a.id, greatest(a.updated_at, coalesce(a.curated_at, a.updated_at)), 1, a.id
				 from article a where a.retired_at is null)
				order by rank, ord desc limit ?""").param(limit)
			.query((rs, n) -> new Address(rs.getString(1), rs.getTimestamp(2).toInstant()))
			.list();
	}

}
