package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.parallax.ingest.ParsedArticle.HeadlineSource;
import io.parallax.stories.ParagraphContent;
import io.parallax.stories.ParagraphKind;
import io.parallax.text.SentenceSpan;
import io.parallax.text.SentenceSplitter;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.util.unit.DataSize;

/**
 * Parses the five real seed files and compares every field with what a reader finds in them
 * (src/test/resources/seeds-expected.json, written by hand).
 */
class ArticleParserSeedsTest {

	private static final Path SEEDS = Path.of("seeds");

	private static JsonNode expected;

	private final ArticleParser parser = new ArticleParser(new SentenceSplitter());

	private final ArticleFileDecoder decoder = new ArticleFileDecoder(DataSize.ofMegabytes(2), DataSize.ofMegabytes(10));

	@BeforeAll
	static void readExpectations() throws IOException {
		try (InputStream in = ArticleParserSeedsTest.class.getResourceAsStream("/seeds-expected.json")) {
			expected = JsonMapper.builder().build().readTree(in);
		}
	}

	static Stream<String> seedFiles() throws IOException {
		try (Stream<Path> files = Files.list(SEEDS)) {
			return files.map(p -> p.getFileName().toString()).sorted().toList().stream();
		}
	}

	private ParsedArticle parse(String file) throws Exception {
		return parser.parse(decoder.decode(Files.readAllBytes(SEEDS.resolve(file))));
	}

	@ParameterizedTest
	@MethodSource("seedFiles")
	void takesTheHeaderFieldsAReaderSees(String file) throws Exception {
		JsonNode want = expected.required(file);
		ParsedArticle article = parse(file);
		if (want.get("headline").isNull()) {
			assertThat(article.headlineSource()).isEqualTo(HeadlineSource.DERIVED);
			assertThat(article.headline()).endsWith("…");
		}
		else {
			assertThat(article.headline()).isEqualTo(want.get("headline").asString());
		}
		assertThat(article.headlineSource() == HeadlineSource.DERIVED).isEqualTo(want.get("headlineDerived").asBoolean());
		assertThat(article.standfirst()).isEqualTo(text(want, "standfirst"));
		assertThat(article.byline()).isEqualTo(text(want, "byline"));
		assertThat(article.publishedOn() == null ? null : article.publishedOn().toString())
			.isEqualTo(text(want, "publishedOn"));
		assertThat(article.outlet()).isEqualTo(text(want, "outlet"));
	}

	@ParameterizedTest
	@MethodSource("seedFiles")
	void splitsTheBodyIntoTheParagraphsAndSentencesAReaderSees(String file) throws Exception {
		JsonNode want = expected.required(file);
		ParsedArticle article = parse(file);
		List<SentenceSpan> sentences = article.paragraphs().stream().flatMap(p -> p.sentences().stream()).toList();
		assertThat(article.paragraphs()).hasSize(want.get("paragraphs").asInt());
		assertThat(article.paragraphs().stream().filter(p -> p.kind() == ParagraphKind.HEADING).map(ParagraphContent::text))
			.containsExactlyElementsOf(strings(want.get("headings")));
		assertThat(sentences).hasSize(want.get("sentences").asInt());
		assertThat(sentences.get(0).text()).isEqualTo(want.get("firstSentence").asString());
		assertThat(sentences.get(sentences.size() - 1).text()).isEqualTo(want.get("lastSentence").asString());
	}

	@ParameterizedTest
	@MethodSource("seedFiles")
	void setsTheSiteFurnitureAside(String file) throws Exception {
		ParsedArticle article = parse(file);
		assertThat(article.boilerplate()).containsExactlyElementsOf(strings(expected.required(file).get("boilerplate")));
		assertThat(article.paragraphs()).map(ParagraphContent::text)
			.noneMatch(t -> t.matches("(?i).*(advertisement|share this article|leave a (comment|reply)|connect with us"
					+ "|appeared first on|^published$).*"));
	}

	/** Every line of the file lands in exactly one place: nothing of the body is lost or doubled. */
	@ParameterizedTest
	@MethodSource("seedFiles")
	void losesNothingOfTheFile(String file) throws Exception {
		String raw = decoder.decode(Files.readAllBytes(SEEDS.resolve(file)));
		ParsedArticle article = parse(file);
		StringBuilder accounted = new StringBuilder();
		if (article.headlineSource() == HeadlineSource.TEXT) {
			accounted.append(article.headline());
		}
		Stream.of(article.standfirst(), article.byline()).filter(s -> s != null).forEach(accounted::append);
		article.paragraphs().forEach(p -> accounted.append(p.text()));
		article.boilerplate().forEach(accounted::append);
		assertThat(sortedVisibleCharacters(accounted.toString())).isEqualTo(sortedVisibleCharacters(raw));
		for (ParagraphContent paragraph : article.paragraphs()) {
			if (paragraph.kind() == ParagraphKind.TEXT) {
				String joined = String.join("", paragraph.sentences().stream().map(SentenceSpan::text).toList());
				assertThat(visible(joined)).isEqualTo(visible(paragraph.text()));
			}
		}
	}

	private static String text(JsonNode node, String field) {
		return node.get(field).isNull() ? null : node.get(field).asString();
	}

	private static List<String> strings(JsonNode array) {
		return array.valueStream().map(JsonNode::asString).toList();
	}

	private static String visible(String text) {
		return text.replaceAll("\\s+", "");
	}

	private static String sortedVisibleCharacters(String text) {
		return visible(text).codePoints()
			.sorted()
			.collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append)
			.toString();
	}

}
