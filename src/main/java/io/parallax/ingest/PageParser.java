package io.parallax.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

import io.parallax.ingest.MainTextExtractor.Extracted;
import io.parallax.ingest.PageBlocks.Block;
import io.parallax.ingest.ParsedArticle.HeadlineSource;
import io.parallax.stories.ParagraphContent;
import io.parallax.stories.ParagraphKind;
import io.parallax.text.SentenceSplitter;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Parses a saved web page: its metadata (headline, authors, publication date with its time zone, outlet,
 * canonical address, language, each with where it was found) and its main text, which then goes through the same
 * sentence splitting, budgets and stages as a text file's. The page's own encoding is honoured (a byte-order mark,
 * else its meta charset, else UTF-8), as a browser does.
 */
class PageParser {

	/**
	 * Fewer words than this in paragraphs that end as sentences do is a front page (its teasers and times do not),
	 * a list of links or an empty shell, not an article.
	 */
	static final int MIN_ARTICLE_WORDS = 20;

	/** The WHATWG encoding standard's default for an English-language browser. */
	private static final Charset LEGACY_DEFAULT = Charset.forName("windows-1252");

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern BY = Pattern.compile("^by ");

	private final SentenceSplitter sentences;

	PageParser(SentenceSplitter sentences) {
		this.sentences = sentences;
	}

	/**
	 * A page read: what it says about itself, and its main text.
	 *
	 * @param standfirst the summary the page shows under its headline, when the body does not hold it; or null
	 */
	record Page(PageMetadata metadata, Extracted text, String standfirst) {

		String bodyText() {
			return String.join("\n\n", text.body().stream().map(Block::text).toList());
		}

	}

	static Page read(byte[] bytes) throws UnreadableArticleException {
		return read(bytes, page -> ReadabilityExtraction.extract(page, () -> reparsed(bytes)));
	}

	private static Document reparsed(byte[] bytes) {
		try {
			return parse(bytes);
		}
		catch (UnreadableArticleException ex) {
			throw new IllegalStateException("a page read once could not be read again", ex);
		}
	}

	/** @param extractor finds the main text; it may change the page, so it runs after the metadata is read */
	static Page read(byte[] bytes, Function<Document, Extracted> extractor) throws UnreadableArticleException {
		Document document = parse(bytes);
		PageMetadata metadata = PageMetadataReader.read(document);
		Optional<String> shown = PageStandfirst.shown(document, metadata);
		ArticleSegments segments = ArticleSegments.of(document, () -> reparsed(bytes));
		Extracted text = withoutHeader(segments.completed(extractor.apply(document)), metadata);
		Page page = new Page(metadata, text, shown.filter(standfirst -> !PageStandfirst.within(standfirst, text.body()))
			.orElse(null));
		// The language first: a Chinese page's sentences do not end as English ones do, and its language is the
		// reason it cannot be read.
		PageLanguage.check(metadata.language(), page.bodyText(), text.runningText());
		// Running text is what ends as sentences do: a front page's teasers, times and labels do not.
		int words = text.runningWords();
		if (words < MIN_ARTICLE_WORDS) {
			throw new UnreadableArticleException(("no article found: the page has %d %s of running text (an article "
					+ "has at least %d); it may be a front page, a list of links or a page that needs JavaScript")
				.formatted(words, words == 1 ? "word" : "words", MIN_ARTICLE_WORDS));
		}
		return page;
	}

	ParsedArticle parse(Page page) throws UnreadableArticleException {
		List<ParagraphContent> paragraphs = new ArrayList<>();
		for (Block block : page.text().body()) {
			if (Thread.currentThread().isInterrupted()) {
				throw new UnreadableArticleException("parsing was stopped: it took too long");
			}
			String text = PlainText.normalise(block.text()).strip();
			paragraphs.add(block.heading() ? new ParagraphContent(ParagraphKind.HEADING, text, List.of())
					: new ParagraphContent(ParagraphKind.TEXT, text, sentences.split(text)));
		}
		PageMetadata metadata = page.metadata();
		String headline = PageMetadata.value(metadata.headline());
		List<String> boilerplate = new ArrayList<>(page.text().asides());
		boilerplate.addAll(page.text().furniture());
		return new ParsedArticle(headline == null ? ArticleParser.derivedTitle(paragraphs) : headline,
				headline == null ? HeadlineSource.DERIVED : HeadlineSource.PAGE, page.standfirst(),
				PageMetadata.value(metadata.authors()),
				metadata.publishedDate().map(PageDates.PageDate::day).orElse(null),
				PageMetadata.value(metadata.outlet()), paragraphs, boilerplate,
				paragraphs.stream().mapToInt(p -> TextShapes.words(p.text())).sum(), metadata.values());
	}

	private static Document parse(byte[] bytes) throws UnreadableArticleException {
		try {
			Document page = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
			if (ArticleFileDecoder.ByteOrderMark.of(bytes) != ArticleFileDecoder.ByteOrderMark.NONE
					|| !StandardCharsets.UTF_8.equals(page.charset()) || isUtf8(bytes)) {
				return page;
			}
			// Read as UTF-8 but not UTF-8: jsoup looks for the declaration only in the first 5 KB, and saved pages
			// often carry long inline styles before it. Read it in the charset declared further on, or, with none,
			// as a browser reads an undeclared page: in its legacy default, Windows-1252 (a superset of Latin-1),
			// rather than with its accented letters lost to replacement characters.
			Optional<Charset> declared = declaredCharset(page);
			if (declared.filter(StandardCharsets.UTF_8::equals).isPresent()) {
				return page;
			}
			return Jsoup.parse(new ByteArrayInputStream(bytes), declared.orElse(LEGACY_DEFAULT).name(), "");
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UnreadableArticleException("not HTML that can be read: " + ex.getMessage());
		}
	}

	/** The charset a page declares anywhere in it (`<meta charset>`, or a content type's), if Java knows it. */
	private static Optional<Charset> declaredCharset(Document page) {
		Element meta = page.selectFirst("meta[charset], meta[http-equiv~=(?i)content-type][content~=(?i)charset]");
		if (meta == null) {
			return Optional.empty();
		}
		String name = meta.hasAttr("charset") ? meta.attr("charset")
				: meta.attr("content").replaceFirst("(?is).*charset\\s*=\\s*([\\w.:-]+).*", "$1");
		try {
			return Optional.of(Charset.forName(name.strip()));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

	private static boolean isUtf8(byte[] bytes) {
		try {
			StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes));
			return true;
		}
		catch (CharacterCodingException ex) {
			return false;
		}
	}

	/** The headline and byline repeated at the top of the article are not its text. */
	private static Extracted withoutHeader(Extracted text, PageMetadata metadata) {
		String headline = normalised(PageMetadata.value(metadata.headline()));
		String authors = normalised(PageMetadata.value(metadata.authors()));
		List<Block> body = new ArrayList<>();
		List<String> furniture = new ArrayList<>(text.furniture());
		for (Block block : text.body()) {
			boolean header = body.size() < 3 && isHeader(block, headline, authors);
			if (header) {
				furniture.add(block.text());
			}
			else {
				body.add(block);
			}
		}
		return new Extracted(body, text.asides(), furniture);
	}

	private static boolean isHeader(Block block, String headline, String authors) {
		String line = normalised(block.text());
		return line.equals(headline) || !authors.isEmpty() && BY.matcher(line).replaceFirst("").equals(authors)
				|| block.tag().equals("h1");
	}

	private static String normalised(String text) {
		return text == null ? "" : SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
