package io.parallax.web;

import io.parallax.claims.ClaimCatalog;
import io.parallax.stories.ArticleCard;
import io.parallax.stories.StoryPage;

import io.parallax.stories.StoryCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class StoryController {

	private final StoryCatalog catalog;

	private final ClaimCatalog claims;

	StoryController(StoryCatalog catalog, ClaimCatalog claims) {
		this.catalog = catalog;
		this.claims = claims;
	}

	@GetMapping("/")
	String stories(Model model) {
		model.addAttribute("stories", catalog.stories());
		return "stories/list";
	}

	@GetMapping("/stories/{slug}")
	String story(@PathVariable String slug, Model model) {
		StoryPage story = catalog.story(slug);
		model.addAttribute("story", story);
		model.addAttribute("coverage", StoryCoverage.of(story.articles(), claims.claims(slug, null), claims.overlaps(slug)));
		model.addAttribute("labels", story.articles().stream()
			.collect(java.util.stream.Collectors.toMap(ArticleCard::id, StoryCoverage::label)));
		return "stories/story";
	}

}
