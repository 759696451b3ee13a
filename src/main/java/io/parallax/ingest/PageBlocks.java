package io.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Lays a part of a page out as a browser would, block by block: each paragraph, heading, list item or quote
 * becomes one block of text (a run of text between two blocks too, and a double line break ends a block), with
 * how much of it is link text and whether it is a heading or a caption. The extractor then judges blocks, not
 * markup.
 */
final class PageBlocks {

	static final Set<String> BLOCK_TAGS = Set.of("address", "article", "aside", "blockquote", "dd", "details", "dialog",
			"div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
			"header", "hgroup", "hr", "li", "main", "nav", "ol", "p", "pre", "section", "table", "tbody", "thead",
			"tfoot", "td", "th", "tr", "ul", "summary", "center");

	private static final Set<String> HEADINGS = Set.of("h1", "h2", "h3", "h4", "h5", "h6");

	/** Compiled once: every text node of every page goes through them. */
	private static final Pattern SPACES = Pattern.compile("[\\s\\u00A0]+");

	private static final Pattern DOUBLE_SPACES = Pattern.compile(" {2,}");

	/**
	 * One block of text as a reader sees it.
	 *
	 * @param tag the nearest block element around the text ("p", "h2", "li", "div"…)
	 * @param linkChars how many of its characters are link text
	 * @param caption inside a figure, its caption or an element marked as a caption or credit
	 * @param quote inside a blockquote
	 */
	record Block(String tag, String text, int linkChars, boolean caption, boolean quote) {

		boolean heading() {
			return HEADINGS.contains(tag);
		}

		double linkDensity() {
			return text.isEmpty() ? 0 : Math.min(1.0, linkChars / (double) text.length());
		}

	}

	private PageBlocks() {
	}

	static List<Block> of(Element root) {
		Layout layout = new Layout();
		NodeTraversor.traverse(layout, root);
		layout.flush();
		return layout.blocks;
	}

	/**
	 * The words of a paragraph that runs as an article's sentences do (it ends as a sentence ends, under half of it
	 * links); none of another, such as a table cell, a label or a teaser.
	 */
	static int runningWords(Element paragraph) {
		String text = paragraph.text();
		return TextShapes.endsLikeSentence(text) && paragraph.select("a").text().length() * 2 < text.length()
				? TextShapes.words(text) : 0;
	}

	static boolean isCaption(Element element) {
		if (element.nameIs("figcaption") || element.nameIs("figure")) {
			return true;
		}
		String names = (element.className() + " " + element.id()).toLowerCase(java.util.Locale.ROOT);
		return names.contains("caption") || names.contains("credit");
	}

	private static final class Layout implements NodeVisitor {

		private final List<Block> blocks = new ArrayList<>();

		private final StringBuilder text = new StringBuilder();

		private final List<Element> openBlocks = new ArrayList<>();

		private int linkDepth;

		private int captionDepth;

		private int quoteDepth;

		private int linkChars;

		private boolean lastWasBreak;

		@Override
		public void head(Node node, int depth) {
			if (node instanceof TextNode textNode) {
				append(textNode.getWholeText());
			}
			else if (node instanceof Element element) {
				open(element);
			}
		}

		@Override
		public void tail(Node node, int depth) {
			if (node instanceof Element element) {
				close(element);
			}
		}

		private void open(Element element) {
			String tag = element.normalName();
			if (tag.equals("br")) {
				// One break continues the paragraph; two in a row end it.
				if (lastWasBreak) {
					flush();
				}
				else {
					text.append(' ');
				}
				lastWasBreak = true;
				return;
			}
			lastWasBreak = false;
			if (tag.equals("a")) {
				linkDepth++;
			}
			if (BLOCK_TAGS.contains(tag)) {
				flush();
				openBlocks.add(element);
				if (isCaption(element)) {
					captionDepth++;
				}
				if (tag.equals("blockquote")) {
					quoteDepth++;
				}
			}
		}

		private void close(Element element) {
			String tag = element.normalName();
			if (tag.equals("a")) {
				linkDepth--;
			}
			if (BLOCK_TAGS.contains(tag)) {
				flush();
				openBlocks.remove(openBlocks.size() - 1);
				if (isCaption(element)) {
					captionDepth--;
				}
				if (tag.equals("blockquote")) {
					quoteDepth--;
				}
			}
		}

		private void append(String raw) {
			String spaced = SPACES.matcher(raw).replaceAll(" ");
			if (spaced.isBlank() && text.isEmpty()) {
				return;
			}
			lastWasBreak = lastWasBreak && spaced.isBlank();
			text.append(spaced);
			if (linkDepth > 0) {
				linkChars += spaced.strip().length();
			}
		}

		void flush() {
			String block = DOUBLE_SPACES.matcher(text.toString().strip()).replaceAll(" ");
			if (!block.isEmpty()) {
				String tag = openBlocks.isEmpty() ? "body" : openBlocks.get(openBlocks.size() - 1).normalName();
				blocks.add(new Block(tag, block, linkChars, captionDepth > 0, quoteDepth > 0));
			}
			text.setLength(0);
			linkChars = 0;
		}

	}

}
