package io.parallax.ingest;

import java.util.List;
import java.util.function.Supplier;

import io.parallax.ingest.MainTextExtractor.Extracted;
import net.dankito.readability4j.extended.Readability4JExtended;
import net.dankito.readability4j.extended.processor.PostprocessorExtended;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Preprocessor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;

/**
 * The article element as Readability4J (a Java port of Mozilla Readability, the reader view of Firefox) finds it,
 * then sorted block by block as Parallax sorts any article: paragraphs and sub-headings kept, captions and pull
 * quotes set aside, labels, prompts and link lists left out. Measured against Parallax's own candidate scoring
 * (MainTextExtractor) on the development pages, it finds the article more often (PageExtractionEvaluationTest).
 * Readability runs with {@link LeanArticleGrabber}: the same choices, without the work whose results it throws
 * away.
 */
final class ReadabilityExtraction {

	private static final String SAVED_PAGE = "https://saved-page.invalid/";

	private ReadabilityExtraction() {
	}

	/**
	 * Changes the page: read its metadata first.
	 *
	 * @param again the same page parsed afresh, for the rare page on which Readability retries with looser rules
	 */
	static Extracted extract(Document page, Supplier<Document> again) {
		prepare(page);
		ReadabilityOptions options = new ReadabilityOptions();
		Preprocessor preprocessor = new QuietPreprocessor();
		LeanArticleGrabber grabber = new LeanArticleGrabber(options, () -> {
			Document fresh = again.get();
			prepare(fresh);
			preprocessor.prepareDocument(fresh);
			return fresh.html();
		});
		// Readability resolves relative links against the page's address; a saved page's own is unknown.
		Element article = new Readability4JExtended(SAVED_PAGE, page, options, LeanArticleGrabber.PATTERNS,
				preprocessor, new MetadataParser(LeanArticleGrabber.PATTERNS), grabber, new PostprocessorExtended())
			.parse()
			.getArticleContent();
		return article == null ? new Extracted(List.of(), List.of(), List.of()) : MainTextExtractor.sorted(List.of(article));
	}

	/** What is never text goes first: Readability would walk it several times over. */
	private static void prepare(Document page) {
		page.select("script, style, noscript, template, svg, iframe, link, meta").remove();
	}

	/** Readability4J builds each removed node's whole HTML for a debug line even when debug logging is off. */
	private static final class QuietPreprocessor extends Preprocessor {

		QuietPreprocessor() {
			super(LeanArticleGrabber.PATTERNS);
		}

		@Override
		protected void logNodeInfo(Node node, String reason) {
		}

	}

}
