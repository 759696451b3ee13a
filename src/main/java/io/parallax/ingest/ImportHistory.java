package io.parallax.ingest;

import java.util.List;

import io.parallax.system.NotFoundException;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What each import did, newest first: for the import API and the admin pages.
 */
@Service
@Transactional(readOnly = true)
public class ImportHistory {

	private static final int MAX_RUNS = 200;

	private final ImportRunRepository runs;

	ImportHistory(ImportRunRepository runs) {
		this.runs = runs;
	}

	public List<ImportRunJson> recent(int limit) {
		int bounded = Math.max(1, Math.min(limit, MAX_RUNS));
		return runs.findByOrderByStartedAtDesc(Limit.of(bounded)).stream().map(ImportRunJson::summary).toList();
	}

	public ImportRunJson one(Long id) {
		return runs.findById(id).map(ImportRunJson::detailed).orElseThrow(() -> NotFoundException.of("import", id));
	}

}
