package io.parallax.ingest;

import java.util.List;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
class ImportRunApiController {

	private final ImportHistory history;

	ImportRunApiController(ImportHistory history) {
		this.history = history;
	}

	@GetMapping("/api/imports")
	List<ImportRunJson> recent(@RequestParam(defaultValue = "50") int limit) {
		return history.recent(limit);
	}

	@GetMapping("/api/imports/{id}")
	ImportRunJson one(@PathVariable Long id) {
		return history.one(id);
	}

}
