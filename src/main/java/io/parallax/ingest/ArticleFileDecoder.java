package io.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.util.unit.DataSize;

/**
 * Turns a file's bytes into text, or says plainly why it cannot: empty, too large, binary, an encoding other than
 * UTF-8 (with or without a byte-order mark) or UTF-16 with a byte-order mark, no letters at all. The text comes out
 * with plain line ends and spaces: control characters, exotic spaces and invisible marks would otherwise make
 * paragraphs that look empty to a reader but not to the parser.
 */
class ArticleFileDecoder {

	// Text may hold the odd form feed or stray control character; binary files hold many.
	private static final double MAX_CONTROL_SHARE = 0.01;

	private static final int MIN_BYTES_TO_GUESS_UTF16 = 16;

	private final DataSize maxSize;

	private final DataSize maxPageSize;

	/**
	 * @param maxSize the largest text file
	 * @param maxPageSize the largest saved web page (.html, .htm), which carries its markup, styles and scripts
	 */
	ArticleFileDecoder(DataSize maxSize, DataSize maxPageSize) {
		this.maxSize = maxSize;
		this.maxPageSize = maxPageSize;
	}

	void checkSize(long size) throws UnreadableArticleException {
		checkSize(size, maxSize.toBytes());
	}

	/** The size limit of a file by its name: a saved page may be larger than a text file. */
	long limitFor(String name) {
		return FileKind.isPageName(name) ? Math.max(maxPageSize.toBytes(), maxSize.toBytes()) : maxSize.toBytes();
	}

	void checkSize(long size, long limit) throws UnreadableArticleException {
		if (size == 0) {
			throw new UnreadableArticleException("empty file");
		}
		if (size > limit) {
			throw new UnreadableArticleException("too large: %s, the limit is %s".formatted(readable(size),
					readable(limit)));
		}
	}

	String decode(byte[] bytes) throws UnreadableArticleException {
		checkSize(bytes.length);
		String text = switch (ByteOrderMark.of(bytes)) {
			case UTF_8 -> strict(bytes, 3, StandardCharsets.UTF_8);
			case UTF_16BE -> strict(bytes, 2, StandardCharsets.UTF_16BE);
			case UTF_16LE -> strict(bytes, 2, StandardCharsets.UTF_16LE);
			case UTF_32 -> throw new UnreadableArticleException(
					"UTF-32 text is not read: save the file as UTF-8 and import it again");
			case NONE -> strict(checkNoNul(bytes), 0, StandardCharsets.UTF_8);
		};
		checkNotBinary(text);
		text = PlainText.normalise(text);
		if (text.codePoints().noneMatch(Character::isLetterOrDigit)) {
			throw new UnreadableArticleException("no text: the file holds no letters or digits, only white space "
					+ "or punctuation");
		}
		return text;
	}

	/** Strict UTF-8, with or without a byte-order mark, for files that are not articles. */
	static String utf8(byte[] bytes) throws UnreadableArticleException {
		return strict(bytes, ByteOrderMark.of(bytes) == ByteOrderMark.UTF_8 ? 3 : 0, StandardCharsets.UTF_8);
	}

	private static byte[] checkNoNul(byte[] bytes) throws UnreadableArticleException {
		for (byte b : bytes) {
			if (b == 0) {
				throw new UnreadableArticleException(looksLikeUtf16(bytes)
						? "UTF-16 without a byte-order mark: save the file as UTF-8 (or as UTF-16 with a byte-order "
								+ "mark) and import it again"
						: "binary file: it contains NUL bytes, so it is not text");
			}
		}
		return bytes;
	}

	/** Latin text in UTF-16 has a NUL in every other byte, and in no other. */
	private static boolean looksLikeUtf16(byte[] bytes) {
		if (bytes.length < MIN_BYTES_TO_GUESS_UTF16) {
			return false;
		}
		int evenNuls = 0;
		int oddNuls = 0;
		for (int i = 0; i < bytes.length; i++) {
			if (bytes[i] == 0) {
				if (i % 2 == 0) {
					evenNuls++;
				}
				else {
					oddNuls++;
				}
			}
		}
		int half = bytes.length / 2;
		return Math.max(evenNuls, oddNuls) > half * 0.8 && Math.min(evenNuls, oddNuls) == 0;
	}

	private static void checkNotBinary(String text) throws UnreadableArticleException {
		int control = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == 0) {
				throw new UnreadableArticleException("binary file: it contains NUL characters, so it is not text");
			}
			if (c < 0x20 && c != '\n' && c != '\r' && c != '\t' && c != '\f') {
				control++;
			}
		}
		if (control > text.length() * MAX_CONTROL_SHARE) {
			throw new UnreadableArticleException("binary file: %d control characters, so it is not text"
				.formatted(control));
		}
	}

	private static String strict(byte[] bytes, int offset, Charset charset) throws UnreadableArticleException {
		CharsetDecoder decoder = charset.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes, offset, bytes.length - offset);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (!result.isError()) {
			result = decoder.flush(out);
		}
		if (result.isError()) {
			throw new UnreadableArticleException(invalid(charset, bytes, in.position()));
		}
		return out.flip().toString();
	}

	private static String invalid(Charset charset, byte[] bytes, int offset) {
		if (charset != StandardCharsets.UTF_8) {
			return "not valid %s: broken character at byte offset %d; save the file as UTF-8 and import it again"
				.formatted(charset.name(), offset);
		}
		int value = offset < bytes.length ? bytes[offset] & 0xFF : -1;
		String guess = value >= 0x80 && isSingleByteText(bytes) ? " (it looks like Latin-1 or Windows-1252)" : "";
		return "not UTF-8: invalid byte %s at offset %d%s; save the file as UTF-8 and import it again".formatted(
				value < 0 ? "sequence" : "0x%02X".formatted(value), offset, guess);
	}

	private static boolean isSingleByteText(byte[] bytes) {
		try {
			Charset.forName("windows-1252").newDecoder().decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	private static String readable(long bytes) {
		if (bytes >= 1024 * 1024) {
			return "%.1f MB".formatted(bytes / (1024.0 * 1024));
		}
		return bytes >= 1024 ? "%d KB".formatted(bytes / 1024) : bytes + " bytes";
	}

	/** The byte-order mark a file starts with, which names its encoding. */
	enum ByteOrderMark {

		UTF_8, UTF_16BE, UTF_16LE, UTF_32, NONE;

		static ByteOrderMark of(byte[] b) {
			if (startsWith(b, 0xEF, 0xBB, 0xBF)) {
				return UTF_8;
			}
			if (startsWith(b, 0xFF, 0xFE, 0, 0) || startsWith(b, 0, 0, 0xFE, 0xFF)) {
				return UTF_32;
			}
			if (startsWith(b, 0xFE, 0xFF)) {
				return UTF_16BE;
			}
			return startsWith(b, 0xFF, 0xFE) ? UTF_16LE : NONE;
		}

		private static boolean startsWith(byte[] bytes, int... prefix) {
			if (bytes.length < prefix.length) {
				return false;
			}
			for (int i = 0; i < prefix.length; i++) {
				if ((bytes[i] & 0xFF) != prefix[i]) {
					return false;
				}
			}
			return true;
		}

	}

}
