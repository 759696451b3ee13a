package io.parallax.ingest;

import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * What an import did with one file, and why when it could not take it.
 */
@Embeddable
class FileResult {

	enum Outcome {

		ADDED, UPDATED, UNCHANGED, FAILED, RETIRED, SKIPPED

	}

	private String storyKey;

	private String sourceFile;

	@Enumerated(EnumType.STRING)
	private Outcome outcome;

	private String message;

	protected FileResult() {
	}

	FileResult(String storyKey, String sourceFile, Outcome outcome, String message) {
		this.storyKey = storyKey;
		this.sourceFile = sourceFile;
		this.outcome = outcome;
		this.message = message;
	}

	String getStoryKey() {
		return storyKey;
	}

	String getSourceFile() {
		return sourceFile;
	}

	Outcome getOutcome() {
		return outcome;
	}

	String getMessage() {
		return message;
	}

}
