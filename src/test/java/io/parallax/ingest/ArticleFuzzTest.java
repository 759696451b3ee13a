package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;

import io.parallax.stories.ArticleContent;
import io.parallax.stories.ParagraphContent;
import io.parallax.text.SentenceSpan;
import io.parallax.text.SentenceSplitter;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

import org.springframework.util.unit.DataSize;

/**
 * Fuzzes the reading of one file (decoding, limits, parsing) with jqwik: whatever the bytes, the outcome is an
 * article fit to store or a refusal with a reason, never another exception, and never a blank sentence or an
 * unbounded title. Brief in the suite (junit-platform.properties); {@code -Djqwik.tries.default=100000} runs longer.
 * The import as a whole is fuzzed by {@link ImportFuzzTest}.
 */
class ArticleFuzzTest {

	private static final ArticleReader READER = new ArticleReader(new ArticleFileDecoder(DataSize.ofMegabytes(2), DataSize.ofMegabytes(10)),
			new IngestProperties.Import(DataSize.ofMegabytes(2), DataSize.ofMegabytes(10), 10, 2, 20_000, 3_000, 1_000, Duration.ofSeconds(30),
					Duration.ofSeconds(120)).limits(),
			new ArticleParser(new SentenceSplitter()), new PageParser(new SentenceSplitter()), Duration.ofSeconds(30));

	@Property
	void anyFileIsAnArticleFitToStoreOrARefusalWithAReason(@ForAll("files") byte[] bytes) {
		try {
			ArticleContent article = READER.read(ArticleFile.of("fuzz.txt", bytes));
			assertFitToStore(article);
		}
		catch (UnreadableArticleException refusal) {
			assertThat(refusal.getMessage()).isNotBlank().doesNotContain("Exception").doesNotContain("\tat ");
		}
	}

	private static void assertFitToStore(ArticleContent article) {
		assertThat(article.headline()).isNotBlank().hasSizeLessThanOrEqualTo(300);
		assertThat(article.paragraphs()).isNotEmpty();
		assertThat(article.wordCount()).isBetween(10, 20_000);
		for (ParagraphContent paragraph : article.paragraphs()) {
			for (SentenceSpan sentence : paragraph.sentences()) {
				assertThat(sentence.text().strip()).as("the embedder refuses blank text").isNotEmpty();
				assertThat(paragraph.text().substring(sentence.start(), sentence.end())).isEqualTo(sentence.text());
			}
		}
	}

	@Provide
	static Arbitrary<byte[]> files() {
		Arbitrary<String> text = textLike();
		return Arbitraries.frequencyOf(
				net.jqwik.api.Tuple.of(1, Arbitraries.bytes().array(byte[].class).ofMaxSize(2_000)),
				net.jqwik.api.Tuple.of(6, text.map(t -> t.getBytes(StandardCharsets.UTF_8))),
				net.jqwik.api.Tuple.of(1, text.map(t -> withMark(new byte[] { (byte) 0xFF, (byte) 0xFE },
						t.getBytes(StandardCharsets.UTF_16LE)))),
				net.jqwik.api.Tuple.of(1, text.map(t -> t.getBytes(StandardCharsets.ISO_8859_1))),
				net.jqwik.api.Tuple.of(2, pageLike().map(t -> t.getBytes(StandardCharsets.UTF_8))));
	}

	/** A saved page: the text pieces in markup that opens, nests and breaks off anywhere. */
	static Arbitrary<String> pageLike() {
		Arbitrary<String> piece = Arbitraries.oneOf(textLike().map(t -> t.length() > 300 ? t.substring(0, 300) : t),
				Arbitraries.of("<p>", "</p>", "<div class=\"article-body\">", "</div>", "<h2>", "</h2>", "<br><br>",
						"<figure><figcaption>", "</figcaption></figure>", "<a href=\"/x\">", "</a>", "<ul><li>", "</li>",
						"<script>var x = '<p>';</script>", "<meta property=\"og:site_name\" content=\"",
						"<script type=\"application/ld+json\">{\"@type\":\"NewsArticle\",\"headline\":",
						"<time datetime=\"2025-13-45T99:00\">", "<html lang=\"", "<!--", "-->", "<table><tr><td>"));
		return piece.list().ofMaxSize(120).map(pieces -> "<!DOCTYPE html>" + String.join("", pieces));
	}

	/** Text made of the pieces articles and broken files are made of, in any order and number. */
	static Arbitrary<String> textLike() {
		Arbitrary<String> piece = Arbitraries.oneOf(
				Arbitraries.of(WORDS),
				Arbitraries.of(PUNCTUATION),
				Arbitraries.of(SPACES),
				Arbitraries.of(LINES),
				Arbitraries.strings().ofMaxLength(12),
				Arbitraries.strings().withChars('x', '.', '“', '"').ofMinLength(50).ofMaxLength(1_500));
		return piece.list().ofMaxSize(400).map(pieces -> String.join("", pieces));
	}

	private static byte[] withMark(byte[] mark, byte[] text) {
		byte[] bytes = new byte[mark.length + text.length];
		System.arraycopy(mark, 0, bytes, 0, mark.length);
		System.arraycopy(text, 0, bytes, mark.length, text.length);
		return bytes;
	}

	private static final List<String> WORDS = List.of("The ", "council ", "said ", "on Monday ", "U.S. ", "Mr. ",
			"Putin ", "Trump ", "3 million ", "$5bn ", "48% ", "Kremlin aide ", "officials ", "told reporters ",
			"Zelensky’s ", "المجلس ", "名前 ", "🎉 ", "👨‍👩‍👧 ", "naïve ", "Ω ", "ℹ ");

	private static final List<String> PUNCTUATION = List.of(". ", ", ", "! ", "? ", "… ", " — ", "-", "“", "”", "‘",
			"’", "\"", "'", "(", ")", "[", "]", ":", ";", "* * *", "<script>", "</p>", "# ", "**", "> ");

	private static final List<String> SPACES = List.of(" ", "  ", "\t", "\u00A0", "\u2003", "\u3000", "\u200B",
			"\u2060", "\uFEFF", "\u00AD", "\u202E", "\u0007", "\u001A", "\f", "\u000B", "\u0085", "\u2028");

	private static final List<String> LINES = List.of("\n", "\n\n", "\r\n", "\r", "\n\n\n",
			"\nBy John Smith\n", "\nPublished 7 August 2025\n", "\n© 2025 Reuters\n", "\nShare this article\n",
			"\nHome / World / Asia\n", "\nThe post Talks resume appeared first on Example News.\n",
			"\nJAKARTA, March 4 (Reuters) - ", "\n- a bullet\n", "\nRead more:\n");

}
