package io.parallax.ingest;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.SeekableByteChannel;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Reads a file of the import folder, and only such a file: never through a symbolic link (even one put in place
 * after the folder was scanned), never outside the folder, never more than the size limit (a file that grows while
 * it is read is cut off and refused, not read to the end).
 */
class SafeFileReader {

	private final ArticleFileDecoder decoder;

	SafeFileReader(ArticleFileDecoder decoder) {
		this.decoder = decoder;
	}

	byte[] read(Path realRoot, Path file) throws UnreadableArticleException {
		long maxBytes = decoder.limitFor(file.getFileName().toString());
		try {
			if (Files.isSymbolicLink(file) || !file.toRealPath().startsWith(realRoot)) {
				throw new UnreadableArticleException("refused: it is a link or lies outside the import folder");
			}
			try (SeekableByteChannel channel = Files.newByteChannel(file, StandardOpenOption.READ,
					LinkOption.NOFOLLOW_LINKS)) {
				decoder.checkSize(channel.size(), maxBytes);
				return readAtMost(channel, maxBytes);
			}
		}
		catch (NoSuchFileException ex) {
			throw new UnreadableArticleException("cannot be read: the file was removed while the import ran");
		}
		catch (AccessDeniedException ex) {
			throw new UnreadableArticleException("cannot be read: permission denied");
		}
		catch (FileSystemException ex) {
			throw new UnreadableArticleException("cannot be read: " + (ex.getReason() == null ? "file system error"
					: ex.getReason().toLowerCase(java.util.Locale.ROOT)));
		}
		catch (IOException ex) {
			throw new UnreadableArticleException("cannot be read: input/output error");
		}
	}

	private byte[] readAtMost(SeekableByteChannel channel, long maxBytes)
			throws IOException, UnreadableArticleException {
		ByteBuffer buffer = ByteBuffer.allocate((int) Math.min(channel.size() + 1, maxBytes + 1));
		while (buffer.hasRemaining() && channel.read(buffer) >= 0) {
			// reads until the buffer is full or the file ends
		}
		decoder.checkSize(buffer.position(), maxBytes);
		byte[] bytes = new byte[buffer.position()];
		buffer.flip().get(bytes);
		return bytes;
	}

}
