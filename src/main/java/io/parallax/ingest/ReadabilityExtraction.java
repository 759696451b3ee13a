package io.parallax.ingest;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import io.parallax.ingest.MainTextExtractor.Extracted;
import net.dankito.readability4j.extended.Readability4JExtended;
import net.dankito.readability4j.extended.processor.PostprocessorExtended;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.processor.MetadataParser;
import net.dankito.readability4j.processor.Preprocessor;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.Elements;

/**
 * The article element as Readability4J (a Java port of Mozilla Readability, the reader view of Firefox) finds it,
 * then sorted block by block as Parallax sorts any article: paragraphs and sub-headings kept, captions and pull
 * quotes set aside, labels, prompts and link lists left out. Measured against Parallax's own candidate scoring
 * (MainTextExtractor) on the development pages, it finds the article more often (PageExtractionEvaluationTest).
 * Readability runs with {@link LeanArticleGrabber}: the same choices, without the work whose results it throws
 * away. Three of its choices lose real stories, and the page is prepared against them: an element named like
 * furniture that holds most of the page's running text is unmasked ({@link #unmaskStory}), a dateline stays in its
 * sentence ({@link #keepParagraphsWhole}), and when its pick holds no article's worth of running text the element
 * holding the most is read instead.
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
		Extracted text = article == null ? new Extracted(List.of(), List.of(), List.of())
				: MainTextExtractor.sorted(List.of(article));
		return text.runningWords() >= PageParser.MIN_ARTICLE_WORDS ? text : runningTextIfMore(text, again);
	}

	/**
	 * Readability's pick holds no article's worth of running text when it scores a long table or list above the
	 * story (a table of 650 constituencies beside a Daily Mail report, each name a cell, its commas scoring high). The
	 * element whose own paragraphs hold the most running text (sentences, not cells) is then taken, if it holds more,
	 * hidden or not. A page with no article at all is refused as before.
	 */
	private static Extracted runningTextIfMore(Extracted readability, Supplier<Document> again) {
		// hidden parts stay: a page saved while a dialog was open may have its story marked hidden
		Document fresh = again.get();
		fresh.select(NEVER_TEXT).remove();
		if (fresh.body() == null) {
			return readability;
		}
		Map<Element, Integer> words = new IdentityHashMap<>();
		for (Element paragraph : fresh.body().select("p")) {
			int running = PageBlocks.runningWords(paragraph);
			if (running > 0 && paragraph.parent() != null) {
				words.merge(paragraph.parent(), running, Integer::sum);
			}
		}
		return words.entrySet().stream().max(Map.Entry.comparingByValue())
			.map(holder -> MainTextExtractor.sorted(List.of(holder.getKey())))
			.filter(own -> own.runningWords() > readability.runningWords())
			.orElse(readability);
	}

	/**
	 * What is never text goes first: Readability would walk it several times over. So does what a browser does not
	 * show, as Mozilla's Readability leaves it out and Readability4J does not: a popup's article kept hidden in the
	 * page (a Jamaican government site's history of its military academy, under a two-paragraph report).
	 */
	private static void prepare(Document page) {
		page.select(NEVER_TEXT).remove();
		page.select(HIDDEN).remove();
		for (Element element : page.select("[style]")) {
			if (HIDDEN_STYLE.matcher(element.attr("style")).find() && element.parent() != null) {
				element.remove();
			}
		}
		unmaskStory(page);
		keepParagraphsWhole(page);
	}

	private static final String NEVER_TEXT = "script, style, noscript, template, svg, iframe, link, meta";

	/**
	 * What Mozilla's Readability takes for not shown (its {@code _isProbablyVisible}): the hidden attribute, and
	 * aria-hidden but on a fallback image.
	 */
	private static final String HIDDEN = "[hidden], [aria-hidden=true]:not(.fallback-image)";

	private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

	/**
	 * Readability takes the first element whose class or id reads as a byline ("dateline", "author") for the byline
	 * and removes it, even from the middle of a paragraph: "<p><span class=dateline>KOBE –</span> A total of…"
	 * lost its dateline, and a sentence its subject. Such an element inside a paragraph whose other words run as a
	 * sentence does loses its class and id; a byline in a line of its own, a date beside it, is still Readability's.
	 */
	static void keepParagraphsWhole(Document page) {
		if (page.body() == null) {
			return;
		}
		for (Element paragraph : page.body().select("p")) {
			for (Element inside : paragraph.select("*")) {
				if (inside != paragraph && LeanArticleGrabber.PATTERNS.isByline(inside.className() + " " + inside.id())
						&& runsAsSentence(paragraph.text().replace(inside.text(), ""))) {
					inside.removeAttr("class").removeAttr("id");
				}
			}
		}
	}

	/** Beside a byline-like element, this many words that end as a sentence does are running text of their own. */
	private static final int MIN_SENTENCE_WORDS = 8;

	private static boolean runsAsSentence(String rest) {
		return TextShapes.words(rest) >= MIN_SENTENCE_WORDS && TextShapes.endsLikeSentence(rest.strip());
	}

	/**
	 * An element whose class or id reads as furniture to Readability ("above-footer", "sidebar-layout") but that
	 * holds most of the page's running text holds the story, and Readability would strip it whole before scoring
	 * anything: such an element loses its class and id, so that its text is scored like any other.
	 */
	static void unmaskStory(Document page) {
		if (page.body() == null) {
			return;
		}
		// each element's running words, its descendants' included: children come after their parent in page order,
		// so a walk from the end sums every element's children before the element itself
		Elements elements = page.body().getAllElements();
		Map<Element, Integer> words = new IdentityHashMap<>();
		for (int i = elements.size() - 1; i >= 0; i--) {
			Element element = elements.get(i);
			int sum = element.tagName().equals("p") ? PageBlocks.runningWords(element) : 0;
			for (Element child : element.children()) {
				sum += words.getOrDefault(child, 0);
			}
			words.put(element, sum);
		}
		int total = words.get(page.body());
		if (total < MIN_STORY_WORDS) {
			return;
		}
		for (Element element : elements) {
			String names = element.className() + " " + element.id();
			if (2 * words.get(element) >= total && LeanArticleGrabber.PATTERNS.isUnlikelyCandidate(names)
					&& !LeanArticleGrabber.PATTERNS.okMaybeItsACandidate(names) && !OTHER_CONTENT.matcher(names).find()
					&& !element.tagName().equals("a")) {
				element.removeAttr("class").removeAttr("id");
			}
		}
	}

	/**
	 * Of Readability's unlikely words, those that name other content rather than a place in the layout: readers'
	 * comments, related stories, sponsored and social blocks. A page's comments can outweigh its story; they stay
	 * stripped.
	 */
	private static final Pattern OTHER_CONTENT = Pattern
		.compile("comment|community|disqus|remark|replies|shoutbox|related|sponsor|social", Pattern.CASE_INSENSITIVE);

	/** Below this many words of running text on the whole page, no element is taken for the story's holder. */
	private static final int MIN_STORY_WORDS = 100;

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
