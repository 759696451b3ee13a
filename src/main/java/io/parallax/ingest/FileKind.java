package io.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What a file holds, decided by its content as browsers decide it (the WHATWG MIME sniffing standard's rule for
 * HTML: after any byte-order mark and white space, the file starts with a doctype, an HTML tag or a comment;
 * without the inline tags such as {@code <b>} or {@code <script>} that a text file may open with), not by its
 * name alone: a page saved as .txt is read as a page. Only a name ending in .html or .htm says what the
 * content must be.
 */
enum FileKind {

	TEXT, PAGE;

	private static final int SNIFFED_BYTES = 1024;

	private static final Pattern HTML_START = Pattern.compile("(?is)^(?:<\\?xml[^>]*>\\s*)?(?:<!--.*?-->\\s*)*"
			+ "(?:<!doctype\\s+html|<(?:html|head|body|h1|div|table|style|title|p|meta|link|article|section|"
			+ "header|main)[\\s>/])");

	static FileKind of(byte[] bytes) {
		return HTML_START.matcher(head(bytes)).find() ? PAGE : TEXT;
	}

	static boolean isPageName(String name) {
		String lower = name.toLowerCase(Locale.ROOT);
		return lower.endsWith(".html") || lower.endsWith(".htm");
	}

	/** The start of the file as text, without a byte-order mark (UTF-16 too) and leading white space. */
	private static String head(byte[] bytes) {
		int length = Math.min(bytes.length, SNIFFED_BYTES);
		String head = switch (ArticleFileDecoder.ByteOrderMark.of(bytes)) {
			case UTF_16BE -> new String(bytes, 2, Math.max(0, length - 2), StandardCharsets.UTF_16BE);
			case UTF_16LE -> new String(bytes, 2, Math.max(0, length - 2), StandardCharsets.UTF_16LE);
			case UTF_8 -> new String(bytes, 3, Math.max(0, length - 3), StandardCharsets.UTF_8);
			default -> new String(bytes, 0, length, StandardCharsets.ISO_8859_1);
		};
		return head.stripLeading();
	}

}
