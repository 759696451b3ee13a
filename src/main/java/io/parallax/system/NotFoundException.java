package io.parallax.system;

/**
 * Something a user asked for by id or slug does not exist; shown as a friendly 404 page or a problem detail.
 */
public class NotFoundException extends RuntimeException {

	private final String kind;

	private final String key;

	public NotFoundException(String kind, String key) {
		super("No " + kind + " '" + key + "'");
		this.kind = kind;
		this.key = key;
	}

	public static NotFoundException of(String kind, Object key) {
		return new NotFoundException(kind, String.valueOf(key));
	}

	public String getKind() {
		return kind;
	}

	public String getKey() {
		return key;
	}

}
