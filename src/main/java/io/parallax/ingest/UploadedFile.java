package io.parallax.ingest;

/**
 * An article file an admin uploaded: its name and bytes as sent, or the reason it was refused before reading.
 */
public record UploadedFile(String name, byte[] bytes, String refusal) {

	public static UploadedFile of(String name, byte[] bytes) {
		return new UploadedFile(name, bytes, null);
	}

	public static UploadedFile refused(String name, String reason) {
		return new UploadedFile(name, new byte[0], reason);
	}

}
