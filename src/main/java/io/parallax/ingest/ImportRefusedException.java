package io.parallax.ingest;

/**
 * An import that must not go ahead at all (no folder, no article files, another import running); nothing is
 * changed.
 */
public class ImportRefusedException extends RuntimeException {

	ImportRefusedException(String reason) {
		super(reason);
	}

}
