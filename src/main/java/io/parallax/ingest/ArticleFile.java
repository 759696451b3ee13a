package io.parallax.ingest;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * One article file as read from disk: its name within its story folder, its bytes and their SHA-256.
 */
record ArticleFile(String name, byte[] bytes, String sha256) {

	static ArticleFile of(String name, byte[] bytes) {
		return new ArticleFile(name, bytes, sha256(bytes));
	}

	static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java runtime has SHA-256", ex);
		}
	}

}
