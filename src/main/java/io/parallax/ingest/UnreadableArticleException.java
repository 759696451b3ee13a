package io.parallax.ingest;

/**
 * A file that cannot be taken as an article; the message says why, in words an admin understands.
 */
class UnreadableArticleException extends Exception {

	UnreadableArticleException(String reason) {
		super(reason);
	}

}
