package io.parallax.admin;

import java.security.Principal;

import io.parallax.ingest.ImportRefusedException;
import io.parallax.ingest.OutletService;
import io.parallax.stories.OutletClashException;
import io.parallax.stories.OutletRegistry;
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
 * The outlet registry: naming an outlet once, with its home page and aliases, for every article from it.
 */
@Controller
class OutletController {

	private final OutletRegistry registry;

	private final OutletService outlets;

	OutletController(OutletRegistry registry, OutletService outlets) {
		this.registry = registry;
		this.outlets = outlets;
	}

	@GetMapping("/admin/outlets")
	String initOutletForm(Model model) {
		model.addAttribute("form", new OutletForm("", "", ""));
		model.addAttribute("outlets", registry.all());
		return "admin/outlets";
	}

	@PostMapping("/admin/outlets")
	String processOutletForm(@Valid @ModelAttribute("form") OutletForm form, BindingResult errors, Principal admin,
			Model model, RedirectAttributes redirect) {
		if (errors.hasErrors()) {
			model.addAttribute("outlets", registry.all());
			return "admin/outlets";
		}
		try {
			int changed = outlets.register(form.name(), form.homePage(), form.aliases(), admin.getName());
			redirect.addFlashAttribute("saved", new Object[] { form.name().strip(), changed });
		}
		catch (ImportRefusedException | OutletClashException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/admin/outlets";
	}

	@PostMapping("/admin/outlets/{id}/delete")
	String removeOutlet(@PathVariable Long id, RedirectAttributes redirect) {
		try {
			outlets.remove(id);
		}
		catch (ImportRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
		}
		return "redirect:/admin/outlets";
	}

}
