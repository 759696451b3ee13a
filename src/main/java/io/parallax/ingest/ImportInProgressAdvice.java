package io.parallax.ingest;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ModelAttribute;

/**
 * Tells readers on every page that an import is in progress on this instance (at start-up, the first import may
 * take minutes): they are reading what is stored, and it will change when the import is done. A read of a flag in
 * memory, not of the database.
 */
@ControllerAdvice(annotations = Controller.class)
class ImportInProgressAdvice {

	private final ImportService imports;

	ImportInProgressAdvice(ImportService imports) {
		this.imports = imports;
	}

	@ModelAttribute("importInProgress")
	boolean importInProgress() {
		return imports.isImporting();
	}

}
