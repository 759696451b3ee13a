package io.parallax.ingest;

/**
 * An admin cancelled the running import: it stops where it is, and its transaction keeps nothing.
 */
class ImportCancelledException extends RuntimeException {

	ImportCancelledException() {
		super("the import was cancelled");
	}

}
