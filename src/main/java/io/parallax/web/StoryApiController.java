package io.parallax.web;

import io.parallax.stories.StoryCatalog;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

@RestController
class StoryApiController {

	private final StoryCatalog catalog;

	StoryApiController(StoryCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/api/stories")
	List<StoryJson.Listed> stories() {
		return catalog.stories().stream().map(StoryJson.Listed::of).toList();
	}

	@GetMapping("/api/stories/{slug}")
	StoryJson story(@PathVariable String slug) {
		return StoryJson.of(catalog.story(slug));
	}

	@GetMapping("/api/articles/{id}")
	ArticleJson article(@PathVariable Long id) {
		return ArticleJson.of(catalog.article(id));
	}

}
