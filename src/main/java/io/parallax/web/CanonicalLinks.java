package io.parallax.web;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Every reader's page names its one permanent address in {@code <link rel="canonical">}: the path, and the page
 * number of a long list; view options ({@code ?sentences=}) are the same page. A search keeps its query, which is
 * what it shows.
 */
@ControllerAdvice(assignableTypes = { StoryController.class, ArticleController.class, StoryAnalysisController.class,
		ClaimController.class, ClaimPageController.class, QuotePageController.class,
		SearchController.class })
class CanonicalLinks {

	@ModelAttribute("canonical")
	String canonical(HttpServletRequest request) {
		UriComponentsBuilder address = request.getRequestURI().equals("/search")
				? ServletUriComponentsBuilder.fromCurrentRequest() : ServletUriComponentsBuilder.fromCurrentRequestUri();
		String page = request.getParameter("page");
		if (page != null && page.matches("[2-9]|[1-9][0-9]+")) {
			address.replaceQueryParam("page", page);
		}
		else {
			address.replaceQueryParam("page");
		}
		return address.build().toUriString();
	}

}
