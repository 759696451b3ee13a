package io.parallax.search;

import io.parallax.stories.StoryChanged;

import org.springframework.context.event.EventListener;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Keeps the search entries of a story up to date: whenever the story changes, its entries are written again in
 * the same transaction (by the database function {@code search_index_story}, which the migration that created the
 * index also used to fill it), so a search never sees an article the story no longer holds; then what the search
 * derives from them: long bodies a line at a time, for snippets, and how many entries hold each word, for counts
 * ({@code search_derive_story}).
 */
@Component
class SearchIndex {

	private final JdbcClient jdbc;

	SearchIndex(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	@EventListener
	void on(StoryChanged changed) {
		jdbc.sql("select search_index_story(?)").param(changed.storyId()).query(Integer.class).single();
		jdbc.sql("select search_derive_story(?)").param(changed.storyId()).query(Integer.class).single();
	}

}
