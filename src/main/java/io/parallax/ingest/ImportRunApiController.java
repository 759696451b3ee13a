package io.parallax.ingest;

import java.util.List;

import jakarta.servlet.http.HttpServletRequest;

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
	List<ImportRunJson> recent(@RequestParam(defaultValue = "50") int limit, HttpServletRequest request) {
		List<ImportRunJson> runs = history.recent(limit);
		return admin(request) ? runs : runs.stream().map(ImportRunJson::withoutWhoAndWhere).toList();
	}

	@GetMapping("/api/imports/{id}")
	ImportRunJson one(@PathVariable Long id, HttpServletRequest request) {
		ImportRunJson run = history.one(id);
		return admin(request) ? run : run.withoutWhoAndWhere();
	}

	private static boolean admin(HttpServletRequest request) {
		return request.isUserInRole("ADMIN");
	}

}
