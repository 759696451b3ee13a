package io.parallax.web;

import io.parallax.analysis.AnalysisCatalog;
import io.parallax.analysis.AnalysisViews.QuoteInStory;
import io.parallax.system.NotFoundException;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseBody;

/**
 * One quoted statement at its own address: who said it, and how each outlet worded it.
 */
@Controller
class QuotePageController {

	private final AnalysisCatalog analysis;

	QuotePageController(AnalysisCatalog analysis) {
		this.analysis = analysis;
	}

	@GetMapping("/quotes/{id}")
	String quote(@PathVariable Long id, Model model) {
		QuoteInStory found = find(id);
		model.addAttribute("found", found);
		model.addAttribute("tracked", StoryAnalysisController.tracked(found.quote()));
		return "stories/quote";
	}

	@GetMapping("/api/quotes/{id}")
	@ResponseBody
	QuoteInStory json(@PathVariable Long id) {
		return find(id);
	}

	private QuoteInStory find(Long id) {
		return analysis.quote(id).orElseThrow(() -> NotFoundException.of("quote", id));
	}

}
