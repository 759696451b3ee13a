package io.parallax.web;

import io.parallax.search.SearchCatalog;
import io.parallax.search.SearchKind;
import io.parallax.search.SearchRequest;
import io.parallax.search.SearchResults;
import io.parallax.stories.StoryCatalog;
import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The search page: the form (with its filters) and a page of ranked results, or the reason a query was not run.
 */
@Controller
class SearchController {

	/** The stories offered in the story filter; a larger site filters by address ({@code ?story=slug}). */
	private static final int STORY_CHOICES = 200;

	private final SearchCatalog search;

	private final StoryCatalog stories;

	SearchController(SearchCatalog search, StoryCatalog stories) {
		this.search = search;
		this.stories = stories;
	}

	@GetMapping("/search")
	String search(@RequestParam(required = false) String q, @RequestParam(required = false) SearchKind kind,
			@RequestParam(required = false) String story, @RequestParam(required = false) String outlet,
			@RequestParam(defaultValue = "1") int page, Model model, HttpServletRequest servletRequest) {
		SearchRequest request = new SearchRequest(q, kind, story, outlet, page);
		model.addAttribute("request", request);
		model.addAttribute("kinds", SearchKind.values());
		model.addAttribute("storyChoices", stories.storiesByTitle(0, STORY_CHOICES));
		model.addAttribute("outletChoices", search.outlets());
		if (q != null) {
			SearchResults results = search.search(request);
			model.addAttribute("results", results);
			Paging paging = Paging.of(request.page(), request.size(), results.listed());
			if (paging.page() != page) {
				CachedReadsFilter.doNotKeep(servletRequest);
			}
			model.addAttribute("paging", paging);
		}
		return "search/results";
	}

}
