package io.parallax.ingest;

import java.util.List;

import io.parallax.system.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Transactional(readOnly = true)
class ImportRunApiController {

	private static final int MAX_RUNS = 200;

	private final ImportRunRepository runs;

	ImportRunApiController(ImportRunRepository runs) {
		this.runs = runs;
	}

	@GetMapping("/api/imports")
	List<ImportRunJson> recent(@RequestParam(defaultValue = "50") int limit) {
		int bounded = Math.max(1, Math.min(limit, MAX_RUNS));
		return runs.findByOrderByStartedAtDesc(Limit.of(bounded)).stream().map(ImportRunJson::summary).toList();
	}

	@GetMapping("/api/imports/{id}")
	ImportRunJson one(@PathVariable Long id) {
		return runs.findById(id).map(ImportRunJson::detailed).orElseThrow(() -> NotFoundException.of("import", id));
	}

}
