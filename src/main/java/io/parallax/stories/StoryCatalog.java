package io.parallax.stories;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import io.parallax.system.NotFoundException;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The read side of stories and articles: a few queries per call, whatever the number of articles.
 */
@Service
@Transactional(readOnly = true)
public class StoryCatalog {

	private final StoryRepository stories;

	private final ArticleRepository articles;

	private final ArticleSourceRepository sources;

	private final JdbcClient jdbc;

	StoryCatalog(StoryRepository stories, ArticleRepository articles, ArticleSourceRepository sources, JdbcClient jdbc) {
		this.stories = stories;
		this.articles = articles;
		this.sources = sources;
		this.jdbc = jdbc;
	}

	/** Every story by title, for the admin's choices; readers get them a page at a time, the latest first. */
	public List<StoryListing> stories() {
		return storiesByTitle(0, Integer.MAX_VALUE);
	}

	public int storyCount() {
		return jdbc.sql("select count(*) from story").query(Integer.class).single();
	}

	/**
	 * One page of the stories, the most recently reported first (by their last article's day; undated stories last),
	 * with the counts and days stored at import.
	 */
	public List<StoryListing> stories(int offset, int limit) {
		return listed("order by last_published desc nulls last, title, id", offset, limit);
	}

	/** One page of the stories by title, for a list to choose from. */
	public List<StoryListing> storiesByTitle(int offset, int limit) {
		return listed("order by title, id", offset, limit);
	}

	private List<StoryListing> listed(String order, int offset, int limit) {
		return jdbc.sql("""
				select slug, title, title_derived, article_count, outlet_count, first_published, last_published
				from story %s offset ? limit ?""".formatted(order)).params(offset, limit)
			.query((rs, n) -> new StoryListing(rs.getString(1), rs.getString(2), rs.getBoolean(3), rs.getLong(4),
					rs.getLong(5), rs.getObject(6, LocalDate.class), rs.getObject(7, LocalDate.class)))
			.list();
	}

	public StoryHeader header(String slug) {
		return jdbc.sql("""
				select id, slug, title, title_derived, article_count, outlet_count, changed_at from story where slug = ?""")
			.param(slug)
			.query((rs, n) -> new StoryHeader(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4),
					rs.getInt(5), rs.getInt(6), rs.getTimestamp(7).toInstant()))
			.optional()
			.orElseThrow(() -> NotFoundException.of("story", slug));
	}

	/** The current articles at positions {@code offset} to {@code offset + limit - 1} of the story's reading order. */
	public List<ArticleCard> cards(Long storyId, int offset, int limit) {
		return jdbc.sql(CARDS + "where a.story_id = ? and a.story_position >= ? and a.story_position < ? order by a.story_position")
			.params(storyId, offset, offset + limit)
			.query((rs, n) -> card(rs))
			.list();
	}

	/** The current articles of a story with these ids, in the order given. */
	public List<ArticleCard> cards(Long storyId, List<Long> ids) {
		Map<Long, ArticleCard> found = new HashMap<>();
		jdbc.sql(CARDS + "where a.story_id = ? and a.story_position is not null and a.id = any (?)")
			.params(storyId, ids.toArray(Long[]::new))
			.query((rs, n) -> card(rs))
			.list()
			.forEach(card -> found.put(card.id(), card));
		return ids.stream().map(found::get).filter(Objects::nonNull).toList();
	}

	private static final String CARDS = """
			select a.id, a.source_file, a.headline, a.headline_derived, coalesce(a.curated_outlet, a.registered_outlet, a.outlet), a.label, a.label_source, a.byline,
			       coalesce(a.curated_published_on, a.published_on), a.word_count,
			       (select se.text from sentence se where se.article_id = a.id and se.position = 0)
			from article a\s""";

	private static ArticleCard card(ResultSet rs) throws SQLException {
		return new ArticleCard(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getBoolean(4), rs.getString(5),
				rs.getString(6), ArticleLabel.Source.valueOf(rs.getString(7)), rs.getString(8),
				rs.getObject(9, java.time.LocalDate.class), rs.getInt(10), rs.getString(11));
	}

	/** Whether a story has this slug. */
	public boolean exists(String slug) {
		return stories.existsBySlug(slug);
	}

	/** Whether a story already has this title, whatever its letters' case. */
	public boolean titled(String title) {
		return stories.existsByTitleIgnoreCase(title.strip());
	}

	/** The id of the story with this slug, for the modules that read what they stored about it. */
	public Long storyId(String slug) {
		return stories.findBySlug(slug).map(Story::getId).orElseThrow(() -> NotFoundException.of("story", slug));
	}

	/** @throws NotFoundException when there is no article with this id */
	public void requireArticle(Long id) {
		if (!jdbc.sql("select exists (select 1 from article where id = ?)").param(id).query(Boolean.class).single()) {
			throw NotFoundException.of("article", id);
		}
	}

	public ArticlePage article(Long id) {
		return articles.findWithStoryById(id).map(ArticlePage::of).orElseThrow(() -> NotFoundException.of("article", id));
	}

	public RawArticleFile rawFile(Long id) {
		Article article = articles.findWithStoryById(id).orElseThrow(() -> NotFoundException.of("article", id));
		byte[] content = sources.findById(id).map(ArticleSource::getContent).orElseThrow();
		return new RawArticleFile(article.getSourceFile(), content);
	}

}
