package io.parallax.admin;

import java.io.IOException;
import java.security.Principal;

import io.parallax.ingest.ImportHistory;
import io.parallax.ingest.ImportRefusedException;
import io.parallax.ingest.ImportService;
import io.parallax.stories.StoryCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The admin area: the stories and their last imports, re-importing the seeds with live progress, and the history
 * of every import.
 */
@Controller
class AdminController {

	private static final int RECENT_RUNS = 10;

	private static final int HISTORY_RUNS = 100;

	private final StoryCatalog stories;

	private final ImportHistory history;

	private final ImportService imports;

	AdminController(StoryCatalog stories, ImportHistory history, ImportService imports) {
		this.stories = stories;
		this.history = history;
		this.imports = imports;
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		model.addAttribute("stories", stories.stories());
		model.addAttribute("runs", history.recent(RECENT_RUNS));
		return "admin/index";
	}

	/** Starts a re-import of the seeds folder and shows its progress; refused while another import runs. */
	@PostMapping("/admin/imports")
	String startImport(Principal admin, RedirectAttributes redirect) throws IOException {
		try {
			Long id = imports.start(imports.seedsFolder(), "admin", admin.getName());
			return "redirect:/admin/imports/" + id;
		}
		catch (ImportRefusedException ex) {
			redirect.addFlashAttribute("refused", ex.getMessage());
			return "redirect:/admin";
		}
	}

	@GetMapping("/admin/imports")
	String imports(Model model) {
		model.addAttribute("runs", history.recent(HISTORY_RUNS));
		return "admin/imports";
	}

	/** Asks a running import to stop; a run whose process died is closed at once. */
	@PostMapping("/admin/imports/{id}/cancel")
	String cancelImport(@PathVariable Long id, Principal admin, RedirectAttributes redirect) {
		if (!imports.cancel(id, admin.getName())) {
			redirect.addFlashAttribute("refusedKey", "admin.cancel.notRunning");
		}
		return "redirect:/admin/imports/" + id;
	}

	@GetMapping("/admin/imports/{id}")
	String importRun(@PathVariable Long id, Model model) {
		model.addAttribute("run", history.one(id));
		return "admin/import";
	}

}
