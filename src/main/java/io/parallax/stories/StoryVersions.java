package io.parallax.stories;

import java.sql.Timestamp;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads and advances the stories' versions (one indexed row per lookup), so that responses can be validated and
 * cached by what they show, on any number of instances. A lookup is one statement, which PostgreSQL answers from one
 * snapshot on its own: it joins the caller's transaction when there is one and starts none otherwise (a read-only
 * transaction costs a page served from the cache several round trips more: its isolation level set and reset,
 * begin and commit, and an entity manager).
 */
@Service
@Transactional(readOnly = true, propagation = Propagation.SUPPORTS)
public class StoryVersions {

	private final JdbcClient jdbc;

	StoryVersions(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Optional<ContentVersion> ofStory(String slug) {
		return jdbc.sql("select id, version, changed_at from story where slug = ?").param(slug)
			.query((rs, n) -> ContentVersion.ofStory(rs))
			.optional();
	}

	public Optional<ContentVersion> ofArticle(Long articleId) {
		return jdbc.sql("select s.id, s.version, s.changed_at from article a join story s on s.id = a.story_id "
				+ "where a.id = ?").param(articleId)
			.query((rs, n) -> ContentVersion.ofStory(rs))
			.optional();
	}

	/** The newest version of any story: what a list of all stories depends on. */
	public ContentVersion ofAll() {
		return jdbc.sql("select version, changed_at from story order by version desc limit 1")
			.query((rs, n) -> new ContentVersion("stories", rs.getLong(1), rs.getTimestamp(2).toInstant()))
			.optional()
			.orElse(new ContentVersion("stories", 0, Timestamp.valueOf("2000-01-01 00:00:00").toInstant()));
	}

}
