package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;

import io.parallax.stories.ParagraphKind;
import io.parallax.text.SentenceSplitter;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

/**
 * The parser on fourteen articles shaped the way different sites and wires shape them (navigation trails,
 * hard-wrapped wire copy, live-blog timestamps, captions, credits, CRLF, a byte order mark), none of them a seed.
 * Prints how many header fields it gets right.
 */
class ArticleParserVariedShapesTest {

	private static final Path FOLDER = Path.of("src/test/resources/articles/varied");

	private static final String[] FIELDS = { "headline", "headlineSource", "standfirst", "byline", "publishedOn",
			"outlet", "paragraphs", "headings" };

	/** A matter of degree: most fields of most shapes; the misses are printed. */
	private static final double MIN_ACCURACY = 0.95;

	private static JsonNode expected;

	private static int checked;

	private static int right;

	private final ArticleParser parser = new ArticleParser(new SentenceSplitter());

	private final ArticleFileDecoder decoder = new ArticleFileDecoder(DataSize.ofMegabytes(2), DataSize.ofMegabytes(10));

	@BeforeAll
	static void readExpectations() throws IOException {
		try (InputStream in = Files.newInputStream(FOLDER.resolveSibling("varied-expected.json"))) {
			expected = JsonMapper.builder().build().readTree(in);
		}
	}

	@AfterAll
	static void printAndCheckAccuracy() {
		System.out.printf("varied article shapes: %d of %d fields right (%.1f%%)%n", right, checked,
				100.0 * right / checked);
		assertThat((double) right / checked).isGreaterThanOrEqualTo(MIN_ACCURACY);
	}

	static Stream<String> files() throws IOException {
		try (Stream<Path> files = Files.list(FOLDER)) {
			return files.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList().stream();
		}
	}

	@ParameterizedTest
	@MethodSource("files")
	void parsesEveryShapeAsAReaderWould(String file) throws Exception {
		ParsedArticle article = parser.parse(decoder.decode(Files.readAllBytes(FOLDER.resolve(file))));
		JsonNode want = expected.required(file);
		List<String> wrong = new ArrayList<>();
		for (String field : FIELDS) {
			String actual = actual(article, field);
			String wanted = want.get(field).isNull() ? null : want.get(field).asString();
			if (field.equals("headline") && wanted == null) {
				wanted = actual(article, "headlineSource").equals("DERIVED") ? actual : "a derived title";
			}
			checked++;
			if (Objects.equals(actual, wanted)) {
				right++;
			}
			else {
				wrong.add("%s: expected <%s> but was <%s>".formatted(field, wanted, actual));
			}
		}
		wrong.forEach(w -> System.out.println("  " + file + " " + w));
	}

	private static String actual(ParsedArticle article, String field) {
		return switch (field) {
			case "headline" -> article.headline();
			case "headlineSource" -> article.headlineSource().name();
			case "standfirst" -> article.standfirst();
			case "byline" -> article.byline();
			case "publishedOn" -> article.publishedOn() == null ? null : article.publishedOn().toString();
			case "outlet" -> article.outlet();
			case "paragraphs" -> String.valueOf(count(article, ParagraphKind.TEXT));
			case "headings" -> String.valueOf(count(article, ParagraphKind.HEADING));
			default -> throw new IllegalArgumentException(field);
		};
	}

	private static long count(ParsedArticle article, ParagraphKind kind) {
		return article.paragraphs().stream().filter(p -> p.kind() == kind).count();
	}

}
