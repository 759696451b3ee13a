package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

import org.springframework.util.unit.DataSize;

class ArticleFileDecoderTest {

	private final ArticleFileDecoder decoder = new ArticleFileDecoder(DataSize.ofKilobytes(4), DataSize.ofMegabytes(10));

	@Test
	void refusesAnEmptyFile() {
		assertThatThrownBy(() -> decoder.decode(new byte[0])).hasMessage("empty file");
	}

	@Test
	void refusesAFileOfWhiteSpace() {
		assertThatThrownBy(() -> decoder.decode(" \n\t\n".getBytes(StandardCharsets.UTF_8)))
			.hasMessageContaining("only white space");
	}

	@Test
	void refusesABinaryFile() {
		byte[] png = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R' };
		assertThatThrownBy(() -> decoder.decode(png)).hasMessageStartingWith("binary file");
	}

	@Test
	void refusesTextThatIsNotUtf8AndSaysWhere() {
		byte[] latin1 = "Caf\u00e9 society".getBytes(StandardCharsets.ISO_8859_1);
		assertThatThrownBy(() -> decoder.decode(latin1)).hasMessageStartingWith("not UTF-8: invalid byte 0xE9 at offset 3");
	}

	@Test
	void refusesAFileOverTheSizeLimit() {
		assertThatThrownBy(() -> decoder.decode(new byte[5000])).hasMessage("too large: 4 KB, the limit is 4 KB");
	}

	@Test
	void dropsTheByteOrderMarkAndNormalisesLineEnds() throws Exception {
		byte[] bytes = "\uFEFFHeadline\r\n\r\nBody text.\r\n".getBytes(StandardCharsets.UTF_8);
		assertThat(decoder.decode(bytes)).isEqualTo("Headline\n\nBody text.\n");
	}

}
