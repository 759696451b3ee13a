package io.parallax.ingest;

/**
 * One file offered as an article, from a folder or an upload: its name, and how to get its bytes (read only when
 * needed, so that a folder's refused files are never opened).
 */
record ArticleCandidate(String name, Bytes bytes) {

	interface Bytes {

		byte[] read() throws UnreadableArticleException;

	}

}
