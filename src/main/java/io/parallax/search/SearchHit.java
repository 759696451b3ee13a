package io.parallax.search;

import java.util.List;

/**
 * One result: what it is, where it lives, its title and a snippet with the matching words marked.
 *
 * @param id the story's, article's, quote group's, claim's or entity's id
 */
public record SearchHit(SearchKind kind, long id, String storySlug, String storyTitle, Highlighted title,
		Highlighted snippet, List<String> outlets, double rank) {

	/** The page the result shows: every kind has its own permanent address. */
	public String path() {
		return switch (kind) {
			case STORY -> "/stories/" + storySlug;
			case ARTICLE -> "/articles/" + id;
			case QUOTE -> "/quotes/" + id;
			case CLAIM -> "/stories/" + storySlug + "/claims/" + id;
			case ENTITY -> "/entities/" + id;
		};
	}

}
