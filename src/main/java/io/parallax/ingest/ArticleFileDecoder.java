package io.parallax.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

import org.springframework.util.unit.DataSize;

/**
 * Turns a file's bytes into text, or says plainly why it cannot: empty, too large, binary, not UTF-8, blank.
 */
class ArticleFileDecoder {

	private static final char BYTE_ORDER_MARK = '\uFEFF';

	// Text may hold the odd form feed or stray control character; binary files hold many.
	private static final double MAX_CONTROL_SHARE = 0.01;

	private final DataSize maxSize;

	ArticleFileDecoder(DataSize maxSize) {
		this.maxSize = maxSize;
	}

	void checkSize(long size) throws UnreadableArticleException {
		if (size == 0) {
			throw new UnreadableArticleException("empty file");
		}
		if (size > maxSize.toBytes()) {
			throw new UnreadableArticleException("too large: %s, the limit is %s".formatted(readable(size),
					readable(maxSize.toBytes())));
		}
	}

	String decode(byte[] bytes) throws UnreadableArticleException {
		checkSize(bytes.length);
		checkNotBinary(bytes);
		String text = strictUtf8(bytes);
		if (!text.isEmpty() && text.charAt(0) == BYTE_ORDER_MARK) {
			text = text.substring(1);
		}
		text = text.replace("\r\n", "\n").replace('\r', '\n');
		if (text.isBlank()) {
			throw new UnreadableArticleException("no text: the file holds only white space");
		}
		return text;
	}

	private static void checkNotBinary(byte[] bytes) throws UnreadableArticleException {
		int control = 0;
		for (byte b : bytes) {
			if (b == 0) {
				throw new UnreadableArticleException("binary file: it contains NUL bytes, so it is not text");
			}
			if (b > 0 && b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f') {
				control++;
			}
		}
		if (control > bytes.length * MAX_CONTROL_SHARE) {
			throw new UnreadableArticleException("binary file: %d control characters, so it is not text"
				.formatted(control));
		}
	}

	private static String strictUtf8(byte[] bytes) throws UnreadableArticleException {
		CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
			.onMalformedInput(CodingErrorAction.REPORT)
			.onUnmappableCharacter(CodingErrorAction.REPORT);
		ByteBuffer in = ByteBuffer.wrap(bytes);
		CharBuffer out = CharBuffer.allocate(bytes.length);
		CoderResult result = decoder.decode(in, out, true);
		if (result.isError()) {
			throw new UnreadableArticleException(
					"not UTF-8: invalid byte 0x%02X at offset %d; save the file as UTF-8 and import it again"
						.formatted(bytes[in.position()] & 0xFF, in.position()));
		}
		decoder.flush(out);
		return out.flip().toString();
	}

	private static String readable(long bytes) {
		if (bytes >= 1024 * 1024) {
			return "%.1f MB".formatted(bytes / (1024.0 * 1024));
		}
		return bytes >= 1024 ? "%d KB".formatted(bytes / 1024) : bytes + " bytes";
	}

}
