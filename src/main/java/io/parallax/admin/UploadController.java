package io.parallax.admin;

import java.io.IOException;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;

import io.parallax.ingest.ImportOutcome;
import io.parallax.ingest.UploadImporter;
import io.parallax.ingest.UploadedFile;
import io.parallax.stories.StoryCatalog;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * Uploading article files into an existing story or a new one; each file is read and checked like a file in a
 * story folder, and the upload's run lists what became of each.
 */
@Controller
class UploadController {

	private final StoryCatalog stories;

	private final UploadImporter imports;

	UploadController(StoryCatalog stories, UploadImporter imports) {
		this.stories = stories;
		this.imports = imports;
	}

	@GetMapping("/admin/upload")
	String initUploadForm(Model model) {
		model.addAttribute("stories", stories.stories());
		return "admin/upload";
	}

	@PostMapping("/admin/upload")
	String processUploadForm(@RequestParam(required = false) String story,
			@RequestParam(required = false) String newStory, @RequestParam(name = "files", required = false) List<MultipartFile> files,
			Principal admin, RedirectAttributes redirect) throws IOException {
		boolean toNewStory = story == null || story.isBlank();
		if (toNewStory && (newStory == null || newStory.isBlank())) {
			return refuse(redirect, "upload.refused.noStory");
		}
		if (!toNewStory && newStory != null && !newStory.isBlank()) {
			// Which one was meant cannot be told: adding to the wrong story cannot be undone from the site.
			return refuse(redirect, "upload.refused.both");
		}
		if (!toNewStory && !stories.exists(story)) {
			return refuse(redirect, "upload.refused.unknownStory");
		}
		if (toNewStory && newStory.strip().length() > UploadImporter.MAX_TITLE_LENGTH) {
			return refuse(redirect, "upload.refused.longTitle");
		}
		if (toNewStory && stories.titled(newStory)) {
			// most likely meant to add to it: two stories of one title cannot be told apart in the lists
			return refuse(redirect, "upload.refused.sameTitle");
		}
		List<UploadedFile> uploads = new ArrayList<>();
		for (MultipartFile file : files == null ? List.<MultipartFile>of() : files) {
			// A form sent without a file chosen carries one nameless, empty part.
			if (file.isEmpty() && (file.getOriginalFilename() == null || file.getOriginalFilename().isBlank())) {
				continue;
			}
			uploads.add(UploadedFile.of(file.getOriginalFilename(), file.getBytes()));
		}
		if (uploads.isEmpty()) {
			return refuse(redirect, "upload.refused.noFiles");
		}
		ImportOutcome outcome = imports.importUploads(toNewStory ? null : story, toNewStory ? newStory.strip() : null,
				uploads, admin.getName());
		return "redirect:/admin/imports/" + outcome.runId();
	}

	private static String refuse(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("refusedKey", message);
		return "redirect:/admin/upload";
	}

}
