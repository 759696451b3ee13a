package io.parallax.web;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

import io.parallax.analysis.AnalysisCatalog;
import io.parallax.analysis.AnalysisViews.QuoteInStory;
import io.parallax.analysis.AnalysisViews.RetiredQuote;
import io.parallax.system.NotFoundException;

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
 * One quoted statement at its own address: who said it, and how each outlet worded it. The address stays good when
 * the story is analysed again: a statement that another took over leads to it (301), one that is gone says so (410).
 */
@Controller
class QuotePageController {

	private final AnalysisCatalog analysis;

	QuotePageController(AnalysisCatalog analysis) {
		this.analysis = analysis;
	}

	@GetMapping("/quotes/{id}")
	ModelAndView quote(@PathVariable Long id) {
		Optional<QuoteInStory> found = analysis.quote(id);
		if (found.isPresent()) {
			return new ModelAndView("stories/quote",
					Map.of("found", found.get(), "tracked", StoryAnalysisController.tracked(found.get().quote())));
		}
		RetiredQuote retired = retired(id);
		if (retired.successorId() != null) {
			RedirectView redirect = new RedirectView("/quotes/" + retired.successorId(), true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			return new ModelAndView(redirect);
		}
		return new ModelAndView("stories/gone", Map.of("what", "quote", "list", "quotes", "id", id, "text",
				retired.text(), "storySlug", retired.storySlug(), "storyTitle", retired.storyTitle()), HttpStatus.GONE);
	}

	@GetMapping("/api/quotes/{id}")
	@ResponseBody
	ResponseEntity<?> json(@PathVariable Long id) {
		Optional<QuoteInStory> found = analysis.quote(id);
		if (found.isPresent()) {
			return ResponseEntity.ok(found.get());
		}
		RetiredQuote retired = retired(id);
		if (retired.successorId() != null) {
			return ResponseEntity.status(HttpStatus.MOVED_PERMANENTLY)
				.location(URI.create("/api/quotes/" + retired.successorId()))
				.build();
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.GONE, "Quote " + id + " (\""
				+ retired.text() + "\") is no longer in the story " + retired.storySlug()
				+ ": the story was analysed again and no quoted statement took it over.");
		problem.setTitle("Quote gone");
		return ResponseEntity.status(HttpStatus.GONE).body(problem);
	}

	private RetiredQuote retired(Long id) {
		return analysis.retiredQuote(id).orElseThrow(() -> NotFoundException.of("quote", id));
	}

}
