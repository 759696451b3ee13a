package io.parallax.ingest;

/**
 * What a file's name may be. An uploaded file's name is the browser's or script's word for it: only its base name
 * is kept (no folders, whatever the separator), and a name that is empty, hidden, too long or holds control
 * characters is refused with the reason, as is any such name in a folder.
 */
final class FileNames {

	static final int MAX_LENGTH = 255;

	private FileNames() {
	}

	/** The last part of a path such as {@code ../../etc/passwd} or {@code C:\reports\a.txt}. */
	static String baseName(String sent) {
		if (sent == null) {
			return "";
		}
		String name = sent.substring(Math.max(sent.lastIndexOf('/'), sent.lastIndexOf('\\')) + 1).strip();
		return name.equals(".") || name.equals("..") ? "" : name;
	}

	/** Why this name cannot be an article's, or null when it can. */
	static String problem(String name) {
		if (name.isBlank()) {
			return "refused: no usable file name";
		}
		if (name.codePoints().anyMatch(Character::isISOControl)) {
			return "refused: the file name holds control characters; rename the file";
		}
		if (name.length() > MAX_LENGTH) {
			return "refused: the file name is %d characters long; the limit is %d".formatted(name.length(), MAX_LENGTH);
		}
		if (name.startsWith(".")) {
			return "refused: a hidden file name (it starts with a dot)";
		}
		return null;
	}

	/** A name fit to show in a message: control characters made visible, long names shortened. */
	static String shown(String sent) {
		String visible = sent == null ? "" : sent.replaceAll("\\p{Cntrl}", "\uFFFD");
		return visible.length() > 80 ? visible.substring(0, 77) + "…" : visible;
	}

}
