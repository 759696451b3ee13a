package io.parallax.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import java.util.zip.GZIPOutputStream;

/**
 * A rendered response kept for the version of the data it shows, with its body compressed once, so that serving it
 * again costs neither rendering nor compression.
 *
 * @param headers the headers the handler set that belong to the body (type, disposition, paging links)
 */
record CachedResponse(String etag, Map<String, String> headers, byte[] body, byte[] gzipped) {

	static CachedResponse of(String etag, Map<String, String> headers, byte[] body) {
		return new CachedResponse(etag, Map.copyOf(headers), body, gzip(body));
	}

	int weight() {
		return body.length + gzipped.length + 256;
	}

	private static byte[] gzip(byte[] body) {
		ByteArrayOutputStream out = new ByteArrayOutputStream(body.length / 4 + 64);
		try (GZIPOutputStream zip = new GZIPOutputStream(out)) {
			zip.write(body);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
