package io.parallax.ingest;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.function.Supplier;

import kotlin.Pair;
import net.dankito.readability4j.extended.processor.ArticleGrabberExtended;
import net.dankito.readability4j.extended.util.RegExUtilExtended;
import net.dankito.readability4j.model.ArticleGrabberOptions;
import net.dankito.readability4j.model.ArticleMetadata;
import net.dankito.readability4j.model.ReadabilityOptions;
import net.dankito.readability4j.util.RegExUtil;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;
import org.jsoup.select.NodeTraversor;

/**
 * Readability4J's article grabber, choosing exactly the same article, without the work its results never use.
 * Profiling the development pages (JFR) showed a third of Readability's time went on text nobody reads: a copy of
 * the whole page serialised before every run in case a retry needs it (most pages never retry), the article
 * serialised three times for debug lines that are off, every removed node's HTML built for a debug line, and
 * the whole text of every div gathered only to learn whether it has any. Here the copy is made only when a retry
 * needs it (from the page as first read), nothing is built for logging, emptiness stops at the first character,
 * and the two unlikely-candidate patterns, plain word lists, are matched as words rather than as regexes. The
 * retry loop is Readability4J 1.0.8's {@code grabArticle}, kept step for step.
 * <p>
 * {@code grabArticle} here is a modified copy of Readability4J's (Copyright 2017 dankito, Apache License 2.0,
 * https://github.com/dankito/Readability4J), itself a port of Mozilla's Readability.js (Apache License 2.0). What
 * was changed is said above; the rest of Readability4J is used as the library it is.
 */
final class LeanArticleGrabber extends ArticleGrabberExtended {

	/** Stateless once built: one set of compiled patterns serves every page. */
	static final LeanPatterns PATTERNS = new LeanPatterns();

	private final Supplier<String> pageBeforeGrabbing;

	/** Made on the first retry, reused by the next ones. */
	private String pageCacheHtml;

	/**
	 * @param pageBeforeGrabbing the page's HTML as Readability's grabbing first sees it (read again from the file
	 *     and prepared the same way), asked for only when the first try finds too little text
	 */
	LeanArticleGrabber(ReadabilityOptions options, Supplier<String> pageBeforeGrabbing) {
		super(options, PATTERNS);
		this.pageBeforeGrabbing = pageBeforeGrabbing;
	}

	@Override
	public Element grabArticle(Document doc, ArticleMetadata metadata, ArticleGrabberOptions options,
			Element pageElement) {
		boolean isPaging = pageElement != null;
		Element page = pageElement != null ? pageElement : doc.body();
		if (page == null) {
			return null;
		}
		while (true) {
			List<Element> elementsToScore = prepareNodes(doc, options);
			List<Element> candidates = scoreElements(elementsToScore, options);
			Pair<Element, Boolean> top = getTopCandidate(page, candidates, options);
			Element topCandidate = top.getFirst();
			Element articleContent = createArticleContent(doc, topCandidate, isPaging);
			prepArticle(articleContent, options, metadata);
			if (top.getSecond()) {
				topCandidate.attr("id", "readability-page-1");
				topCandidate.addClass("page");
			}
			else {
				Element div = doc.createElement("div");
				div.attr("id", "readability-page-1");
				div.addClass("page");
				for (Node child : new ArrayList<>(articleContent.childNodes())) {
					child.remove();
					div.appendChild(child);
				}
				articleContent.appendChild(div);
			}
			boolean parseSuccessful = true;
			// As in Readability4J, the list of attempts starts afresh on each try.
			List<Pair<Element, Integer>> attempts = new ArrayList<>();
			int textLength = getInnerText(articleContent, getRegEx(), true).length();
			if (textLength < getWordThreshold()) {
				parseSuccessful = false;
				if (pageCacheHtml == null) {
					pageCacheHtml = pageBeforeGrabbing.get();
				}
				page.html(pageCacheHtml);
				if (options.getStripUnlikelyCandidates()) {
					options.setStripUnlikelyCandidates(false);
					attempts.add(new Pair<>(articleContent, textLength));
				}
				else if (options.getWeightClasses()) {
					options.setWeightClasses(false);
					attempts.add(new Pair<>(articleContent, textLength));
				}
				else if (options.getCleanConditionally()) {
					options.setCleanConditionally(false);
					attempts.add(new Pair<>(articleContent, textLength));
				}
				else {
					attempts.add(new Pair<>(articleContent, textLength));
					attempts.sort(Comparator.comparing(Pair::getSecond));
					if (attempts.get(0).getSecond() <= 0) {
						return null;
					}
					articleContent = attempts.get(0).getFirst();
					parseSuccessful = true;
				}
			}
			if (parseSuccessful) {
				// Short of text after every retry, the last try's candidate may be a container Readability made for
				// the page's content, which putting the page back as it was left with no parent: Readability4J's
				// direction lookup throws on it (a page lost for a detail Parallax does not read), so it is asked
				// only of a candidate that has a parent.
				if (topCandidate.parent() != null) {
					getTextDirection(topCandidate, doc);
				}
				return articleContent;
			}
		}
	}

	/**
	 * Readability walks the page node by node; a page over its time limit is abandoned (TimeBudget interrupts
	 * it), and the walk stops at the next node rather than running on with nobody waiting.
	 */
	@Override
	protected Element getNextNode(Element node, boolean ignoreSelfAndKids) {
		if (Thread.currentThread().isInterrupted()) {
			throw new CancellationException("reading the page was stopped");
		}
		return super.getNextNode(node, ignoreSelfAndKids);
	}

	@Override
	protected void logNodeInfo(Node node, String reason) {
		// Readability4J builds the node's whole HTML for a debug line even when debug logging is off.
	}

	/** Readability's test, {@code text().isBlank()} with no element children but br and hr, without the text. */
	@Override
	protected boolean isElementWithoutContent(Element node) {
		if (hasVisibleText(node)) {
			return false;
		}
		return node.childrenSize() == 0
				|| node.childrenSize() == node.getElementsByTag("br").size() + node.getElementsByTag("hr").size();
	}

	/** Whether any text under the element holds a character that {@code isBlank} would not call blank. */
	static boolean hasVisibleText(Element element) {
		boolean[] found = { false };
		NodeTraversor.filter(new NodeFilter() {
			@Override
			public FilterResult head(Node node, int depth) {
				if (node instanceof TextNode text && !blank(text.getWholeText())) { // CDATA too, as text() counts it
					found[0] = true;
					return FilterResult.STOP;
				}
				return FilterResult.CONTINUE;
			}
		}, element);
		return found[0];
	}

	private static boolean blank(String text) {
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Readability4J's patterns (the extended set, as {@code Readability4JExtended} uses), compiled once. The
	 * unlikely-candidate and maybe-a-candidate patterns are lists of words matched anywhere, case-insensitively in
	 * ASCII; a scan for each word is what the regex does, without trying every alternative at every position.
	 */
	static final class LeanPatterns extends RegExUtilExtended {

		private static final String[] UNLIKELY = words(RegExUtil.UnlikelyCandidatesDefaultPattern);

		private static final String[] MAYBE = words(RegExUtil.OkMaybeItsACandidateDefaultPattern);

		LeanPatterns() {
			super(UnlikelyCandidatesDefaultPattern, OkMaybeItsACandidateDefaultPattern, PositiveDefaultPattern,
					NegativeDefaultPattern + NegativeDefaultPatternExtended, ExtraneousDefaultPattern,
					BylineDefaultPattern, ReplaceFontsDefaultPattern, NormalizeDefaultPattern, VideosDefaultPattern,
					NextLinkDefaultPattern, PrevLinkDefaultPattern, WhitespaceDefaultPattern, HasContentDefaultPattern,
					RemoveImageDefaultPattern);
		}

		@Override
		public boolean isUnlikelyCandidate(String matchString) {
			return containsAny(matchString, UNLIKELY);
		}

		@Override
		public boolean okMaybeItsACandidate(String matchString) {
			return containsAny(matchString, MAYBE);
		}

		private static boolean containsAny(String text, String[] words) {
			String lower = asciiLowerCase(text);
			for (String word : words) {
				if (lower.contains(word)) {
					return true;
				}
			}
			return false;
		}

		/** What {@code Pattern.CASE_INSENSITIVE} folds without {@code UNICODE_CASE}: A–Z only. */
		private static String asciiLowerCase(String text) {
			char[] chars = null;
			for (int i = 0; i < text.length(); i++) {
				char c = text.charAt(i);
				if (c >= 'A' && c <= 'Z') {
					if (chars == null) {
						chars = text.toCharArray();
					}
					chars[i] = (char) (c + ('a' - 'A'));
				}
			}
			return chars == null ? text : new String(chars);
		}

		private static String[] words(String alternatives) {
			String[] words = alternatives.split("\\|");
			for (String word : words) {
				if (!word.matches("[a-z-]+")) {
					throw new IllegalStateException("not a plain word in Readability's pattern: " + word);
				}
			}
			return words;
		}

	}

}
