package io.parallax.web;

import java.util.Map;
import java.util.Optional;

import io.parallax.analysis.AnalysisCatalog;
import io.parallax.analysis.AnalysisViews.QuoteInStory;
import io.parallax.analysis.AnalysisViews.RetiredQuote;
import io.parallax.system.NotFoundException;

import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.servlet.ModelAndView;

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
		return retired.successorId() != null ? MovedOrGone.movedTo("/quotes/" + retired.successorId())
				: MovedOrGone.gonePage(gone(id, retired));
	}

	@GetMapping("/api/quotes/{id}")
	@ResponseBody
	ResponseEntity<?> json(@PathVariable Long id) {
		Optional<QuoteInStory> found = analysis.quote(id);
		if (found.isPresent()) {
			return ResponseEntity.ok(found.get());
		}
		RetiredQuote retired = retired(id);
		return retired.successorId() != null ? MovedOrGone.movedJson("/api/quotes/" + retired.successorId())
				: MovedOrGone.goneJson(gone(id, retired),
						"the story was analysed again and no quoted statement took it over.");
	}

	private static MovedOrGone.Gone gone(Long id, RetiredQuote retired) {
		return new MovedOrGone.Gone("quote", "quotes", id, retired.text(), retired.storySlug(), retired.storyTitle());
	}

	private RetiredQuote retired(Long id) {
		return analysis.retiredQuote(id).orElseThrow(() -> NotFoundException.of("quote", id));
	}

}
