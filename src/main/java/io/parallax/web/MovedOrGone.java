package io.parallax.web;

import java.net.URI;
import java.util.Map;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * What an address answers once the story was analysed again and what it named is no longer there (claims, quoted
 * statements): the one that took it over, permanently (301), or that it is gone, with what it said (410), as a page
 * and in the API.
 */
final class MovedOrGone {

	private MovedOrGone() {
	}

	/** What is gone: "claim" or "quote" (its messages' prefix) and the story's list of them ("claims", "quotes"). */
	record Gone(String what, String list, Long id, String text, String storySlug, String storyTitle) {
	}

	static ModelAndView movedTo(String path) {
		RedirectView redirect = new RedirectView(path, true);
		redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
		return new ModelAndView(redirect);
	}

	static ModelAndView gonePage(Gone gone) {
		return new ModelAndView("stories/gone", Map.of("what", gone.what(), "list", gone.list(), "id", gone.id(), "text",
				gone.text(), "storySlug", gone.storySlug(), "storyTitle", gone.storyTitle()), HttpStatus.GONE);
	}

	static ResponseEntity<?> movedJson(String path) {
		return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY).location(URI.create(path)).build();
	}

	/** @param because what happened to the story, after the colon: "the story was compared again and …" */
	static ResponseEntity<?> goneJson(Gone gone, String because) {
		String noun = Character.toUpperCase(gone.what().charAt(0)) + gone.what().substring(1);
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, noun + " " + gone.id() + " (\""
				+ gone.text() + "\") is no longer in the story " + gone.storySlug() + ": " + because);
		problem.setTitle(noun + " gone");
		return ResponseEntity.status(HttpStatus.GONE).body(problem);
	}

}
