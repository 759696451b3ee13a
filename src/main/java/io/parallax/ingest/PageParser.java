package io.parallax.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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

/**
 * Parses a saved web page: its metadata (headline, authors, publication date with its time zone, outlet,
 * canonical address, language, each with where it was found) and its main text, which then goes through the same
 * sentence splitting, budgets and stages as a text file's. The page's own encoding is honoured (a byte-order mark,
 * else its meta charset, else UTF-8), as a browser does.
 */
class PageParser {

	/** Less running text than this is a front page, a list of links or an empty shell, not an article. */
	static final int MIN_ARTICLE_WORDS = 20;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern BY = Pattern.compile("^by ");

	private final SentenceSplitter sentences;

	PageParser(SentenceSplitter sentences) {
		this.sentences = sentences;
	}

	/** A page read: what it says about itself, and its main text. */
	record Page(PageMetadata metadata, Extracted text) {

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
		Extracted text = withoutHeader(extractor.apply(document), metadata);
		Page page = new Page(metadata, text);
		int words = text.body().stream().filter(b -> !b.heading()).mapToInt(b -> TextShapes.words(b.text())).sum();
		if (words < MIN_ARTICLE_WORDS) {
			throw new UnreadableArticleException(("no article found: the page has %d %s of running text (an article "
					+ "has at least %d); it may be a front page, a list of links or a page that needs JavaScript")
				.formatted(words, words == 1 ? "word" : "words", MIN_ARTICLE_WORDS));
		}
		PageLanguage.check(metadata.language(), page.bodyText());
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
				headline == null ? HeadlineSource.DERIVED : HeadlineSource.PAGE, null,
				PageMetadata.value(metadata.authors()),
				metadata.publishedDate().map(PageDates.PageDate::day).orElse(null),
				PageMetadata.value(metadata.outlet()), paragraphs, boilerplate,
				paragraphs.stream().mapToInt(p -> TextShapes.words(p.text())).sum(), metadata.values());
	}

	private static Document parse(byte[] bytes) throws UnreadableArticleException {
		try {
			return Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
		}
		catch (IOException | IllegalArgumentException ex) {
			throw new UnreadableArticleException("not HTML that can be read: " + ex.getMessage());
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
