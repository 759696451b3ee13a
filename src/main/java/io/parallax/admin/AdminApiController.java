package io.parallax.admin;

import java.io.IOException;
import java.net.URI;
import java.security.Principal;
import java.util.Map;

import io.parallax.ingest.ImportRefusedException;
import io.parallax.ingest.ImportService;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Script access for admins (HTTP Basic): start an import, then follow it at {@code /api/imports/{id}}.
 */
@RestController
class AdminApiController {

	private final ImportService imports;

	AdminApiController(ImportService imports) {
		this.imports = imports;
	}

	/** Asks a running import to stop: 202, then follow it at /api/imports/{id}; 409 when it is not running. */
	@PostMapping("/api/admin/imports/{id}/cancel")
	ResponseEntity<?> cancel(@PathVariable Long id, Principal admin) {
		if (imports.cancel(id, admin.getName())) {
			return ResponseEntity.accepted().location(URI.create("/api/imports/" + id))
				.body(Map.of("id", id, "cancelRequested", true, "progress", "/api/imports/" + id));
		}
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT,
				"import #" + id + " is not running");
		problem.setTitle("Not running");
		return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
	}

	@PostMapping("/api/admin/imports")
	ResponseEntity<?> start(Principal admin) throws IOException {
		try {
			Long id = imports.start(imports.seedsFolder(), "api", admin.getName());
			return ResponseEntity.accepted()
				.location(URI.create("/api/imports/" + id))
				.body(Map.of("id", id, "status", "RUNNING", "progress", "/api/imports/" + id));
		}
		catch (ImportRefusedException ex) {
			ProblemDetail problem = ProblemDetail.forStatusAndDetail(HttpStatus.CONFLICT, ex.getMessage());
			problem.setTitle("An import is already running");
			return ResponseEntity.status(HttpStatus.CONFLICT).body(problem);
		}
	}

}
