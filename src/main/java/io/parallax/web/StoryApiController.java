package io.parallax.web;

import java.util.List;

import io.parallax.stories.StoryCatalog;
import io.parallax.stories.StoryHeader;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StoryApiController {

	private final StoryCatalog catalog;

	StoryApiController(StoryCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/api/stories")
	ResponseEntity<List<StoryJson.Listed>> stories(@RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size) {
		Paging paging = ApiPages.of(page, size, catalog.storyCount());
		return ApiPages.body(paging,
				catalog.stories(paging.offset(), paging.size()).stream().map(StoryJson.Listed::of).toList());
	}

	/** The story with a page of its articles, in reading order. */
	@GetMapping("/api/stories/{slug}")
	ResponseEntity<StoryJson> story(@PathVariable String slug, @RequestParam(defaultValue = "1") int page,
			@RequestParam(defaultValue = "" + ApiPages.DEFAULT_SIZE) int size) {
		StoryHeader story = catalog.header(slug);
		Paging paging = ApiPages.of(page, size, story.articleCount());
		return ApiPages.body(paging, StoryJson.of(story, catalog.cards(story.id(), paging.offset(), paging.size())));
	}

	@GetMapping("/api/articles/{id}")
	ArticleJson article(@PathVariable Long id) {
		return ArticleJson.of(catalog.article(id));
	}

}
