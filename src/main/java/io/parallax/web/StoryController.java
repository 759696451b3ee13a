package io.parallax.web;

import io.parallax.stories.StoryCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;

@Controller
class StoryController {

	private final StoryCatalog catalog;

	StoryController(StoryCatalog catalog) {
		this.catalog = catalog;
	}

	@GetMapping("/")
	String stories(Model model) {
		model.addAttribute("stories", catalog.stories());
		return "stories/list";
	}

	@GetMapping("/stories/{slug}")
	String story(@PathVariable String slug, Model model) {
		model.addAttribute("story", catalog.story(slug));
		return "stories/story";
	}

}
