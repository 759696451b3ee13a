package io.parallax.web;

import java.net.URI;
import java.util.Map;

import io.parallax.claims.ClaimAddress;
import io.parallax.claims.ClaimCatalog;
import io.parallax.claims.ClaimViews.Claim;
import io.parallax.stories.StoryCatalog;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * One claim at its permanent address, as a page and as JSON. A claim keeps its id while the story is compared
 * again; an id whose claim was taken over by another leads there (301), and one whose claim is gone says so (410).
 */
@Controller
class ClaimPageController {

	private final ClaimCatalog claims;

	private final StoryCatalog stories;

	ClaimPageController(ClaimCatalog claims, StoryCatalog stories) {
		this.claims = claims;
		this.stories = stories;
	}

	@GetMapping("/stories/{slug}/claims/{id}")
	ModelAndView claim(@PathVariable String slug, @PathVariable Long id) {
		ClaimAddress address = claims.claim(id);
		if (address instanceof ClaimAddress.Current current) {
			if (!current.storySlug().equals(slug)) {
				return movedTo(pagePath(current.storySlug(), id));
			}
			return new ModelAndView("stories/claim", Map.of("story", stories.story(slug), "claim", current.claim()));
		}
		if (address instanceof ClaimAddress.Moved moved) {
			return movedTo("/claims/" + moved.successorId());
		}
		return new ModelAndView("stories/claim-gone", Map.of("gone", address, "id", id), HttpStatus.GONE);
	}

	/** A claim's short address: the page of the story it is in, wherever that is now. */
	@GetMapping("/claims/{id}")
	ModelAndView shortAddress(@PathVariable Long id) {
		ClaimAddress address = claims.claim(id);
		if (address instanceof ClaimAddress.Moved moved) {
			return movedTo("/claims/" + moved.successorId());
		}
		String slug = address instanceof ClaimAddress.Current current ? current.storySlug()
				: ((ClaimAddress.Gone) address).storySlug();
		return movedTo(pagePath(slug, id));
	}

	@GetMapping("/api/claims/{id}")
	@ResponseBody
	ResponseEntity<?> json(@PathVariable Long id) {
		ClaimAddress address = claims.claim(id);
		if (address instanceof ClaimAddress.Current current) {
			return ResponseEntity.ok(new ClaimJson(current.storySlug(), pagePath(current.storySlug(), id),
					current.claim()));
		}
		if (address instanceof ClaimAddress.Moved moved) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create("/api/claims/" + moved.successorId()))
				.build();
		}
		ClaimAddress.Gone gone = (ClaimAddress.Gone) address;
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "Claim " + id + " (\""
				+ gone.statement() + "\") is no longer in the story " + gone.storySlug()
				+ ": the story was compared again and no claim took it over.");
		problem.setTitle("Claim gone");
		return ResponseEntity.status(HttpStatus.GONE).body(problem);
	}

	/** A claim with the story it belongs to and its page. */
	record ClaimJson(String story, String page, Claim claim) {
	}

	private static String pagePath(String slug, Long id) {
		return "/stories/" + slug + "/claims/" + id;
	}

	private static ModelAndView movedTo(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return new ModelAndView(redirect);
	}

}
