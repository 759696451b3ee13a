package io.parallax.admin;

import java.security.Principal;

import io.parallax.ingest.CurationService;
import io.parallax.ingest.ImportRefusedException;
import io.parallax.stories.ArticlePage;
import io.parallax.stories.StoryCatalog;
import jakarta.validation.Valid;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Setting or correcting an article's outlet and publication date where the text does not give them.
 */
@Controller
class CurationController {

	private final StoryCatalog stories;

	private final CurationService curation;

	CurationController(StoryCatalog stories, CurationService curation) {
		this.stories = stories;
		this.curation = curation;
	}

	@GetMapping("/admin/articles/{id}")
	String initCurationForm(@PathVariable Long id, Model model) {
		ArticlePage article = stories.article(id);
		model.addAttribute("article", article);
		model.addAttribute("form", new CurationForm(article.curation().outlet() ? article.outlet() : null,
				article.curation().outletUrl(), article.curation().date() ? article.publishedOn() : null));
		return "admin/curation";
	}

	@PostMapping("/admin/articles/{id}")
	String processCurationForm(@PathVariable Long id, @Valid @ModelAttribute("form") CurationForm form,
			BindingResult errors, Principal admin, Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("article", stories.article(id));
			return "admin/curation";
		}
		try {
			curation.curate(id, form.outlet(), form.outletUrl(), form.publishedOn(), admin.getName());
			return "redirect:/articles/" + id;
		}
		catch (ImportRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
			return "redirect:/admin/articles/" + id;
		}
	}

}
