package io.parallax.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import io.parallax.ingest.PageBlocks.Block;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds a page's article: the element whose paragraphs hold most running text, scored as Mozilla Readability
 * scores candidates (each paragraph gives its parent a point, one per comma and one per hundred characters, and
 * half as much to its grandparent; class names and link density count), then keeps from it, block by block, what
 * reads as article text, as trafilatura does: paragraphs and sub-headings, not link lists, labels or furniture.
 * Captions and pull quotes are set aside.
 *
 * <p>Imports use only the block rules ({@link #sorted}), on the article Readability4J finds
 * (ReadabilityExtraction): on the development pages Readability's choice of article measured better than this
 * candidate scoring, which stays as the baseline PageExtractionEvaluationTest compares against.
 */
final class MainTextExtractor {

	private static final Pattern POSITIVE = Pattern.compile("article|body|content|entry|hentry|h-entry|main|page|"
			+ "pagination|post|text|blog|story");

	private static final Pattern NEGATIVE = Pattern.compile("-ad-|hidden|^hid$| hid$| hid |^hid |banner|combx|comment|"
			+ "com-|contact|foot|footer|footnote|gdpr|masthead|media|meta|outbrain|promo|related|scroll|share|"
			+ "shoutbox|sidebar|skyscraper|sponsor|shopping|tags|widget");

	private static final int MIN_PARAGRAPH_CHARS = 25;

	private static final int MAX_HEADING_WORDS = 20;

	/** A block more than half link text is a list of links, not article text (unless a long paragraph). */
	private static final double MAX_LINK_DENSITY = 0.5;

	/**
	 * What the extractor found.
	 *
	 * @param body the article's paragraphs and sub-headings, in page order
	 * @param asides captions, credits and pull quotes, set aside
	 * @param furniture the rest of the chosen element that is not article text (labels, prompts, link lists)
	 */
	record Extracted(List<Block> body, List<String> asides, List<String> furniture) {

		/** The words of the body that run as sentences do: what makes an article, not a list or a front page. */
		int runningWords() {
			return running().mapToInt(b -> TextShapes.words(b.text())).sum();
		}

		/** The body's blocks that run as sentences do, one after another. */
		String runningText() {
			return String.join("\n\n", running().map(Block::text).toList());
		}

		private Stream<Block> running() {
			return body.stream().filter(b -> !b.heading() && TextShapes.endsLikeSentence(b.text()));
		}

	}

	private MainTextExtractor() {
	}

	/** Changes the page (removes its furniture): read the metadata first. */
	static Extracted extract(Document page) {
		PageCleaner.clean(page);
		Map<Element, Double> scores = scores(page);
		Element article = bestCandidate(page, scores);
		return sorted(withRelatedSiblings(article, page, scores));
	}

	/** The blocks of the article's parts sorted into article text, asides and furniture. */
	static Extracted sorted(List<Element> parts) {
		List<Block> body = new ArrayList<>();
		List<String> asides = new ArrayList<>();
		List<String> furniture = new ArrayList<>();
		for (Element part : parts) {
			for (Block block : PageBlocks.of(part)) {
				sort(block, body, asides, furniture);
			}
		}
		return new Extracted(withoutDanglingHeadings(body, furniture), asides, furniture);
	}

	/** A heading with no text under it ("Related", "More on this story") heads something that was left out. */
	private static List<Block> withoutDanglingHeadings(List<Block> body, List<String> furniture) {
		List<Block> kept = new ArrayList<>();
		for (int i = 0; i < body.size(); i++) {
			boolean textFollows = i + 1 < body.size() && !body.get(i + 1).heading();
			if (body.get(i).heading() && !textFollows) {
				furniture.add(body.get(i).text());
			}
			else {
				kept.add(body.get(i));
			}
		}
		return kept;
	}

	private static void sort(Block block, List<Block> body, List<String> asides, List<String> furniture) {
		if (block.caption()) {
			asides.add(block.text());
		}
		else if (isArticleText(block)) {
			// A "heading" of many words is a standfirst set in a heading's type: text, not a sub-heading.
			boolean longHeading = block.heading() && TextShapes.words(block.text()) > MAX_HEADING_WORDS;
			body.add(longHeading ? new Block("p", block.text(), block.linkChars(), false, block.quote()) : block);
		}
		else {
			furniture.add(block.text());
		}
	}

	private static boolean isArticleText(Block block) {
		int words = TextShapes.words(block.text());
		if (words == 0 || io.parallax.text.SiteFurniture.isFurniture(block.text())) {
			return false;
		}
		if (block.linkDensity() > MAX_LINK_DENSITY && words < 40) {
			return false;
		}
		if (block.heading()) {
			return true;
		}
		// A short line that is not a sentence ("Advertisement", "Photo", "Read more") is a label.
		return words >= 5 || TextShapes.endsLikeSentence(block.text());
	}

	/** Each element's score, from the paragraphs below it, as Readability scores them. */
	private static Map<Element, Double> scores(Document page) {
		Map<Element, Double> scores = new HashMap<>();
		for (Element paragraph : page.body().select("p, pre, td, blockquote, div, section, li")) {
			if (!isParagraph(paragraph)) {
				continue;
			}
			String text = paragraph.text();
			if (text.length() < MIN_PARAGRAPH_CHARS) {
				continue;
			}
			double score = 1 + commas(text) + Math.min(text.length() / 100, 3);
			Element ancestor = paragraph.parent();
			for (int level = 0; ancestor != null && level < 5; level++, ancestor = ancestor.parent()) {
				double share = level == 0 ? 1 : level == 1 ? 0.5 : 1.0 / (level * 3);
				scores.merge(ancestor, initial(ancestor) + score * share, (old, add) -> old + score * share);
			}
		}
		scores.replaceAll((element, score) -> score * (1 - linkDensity(element)));
		return scores;
	}

	/**
	 * The best-scoring element; when several good candidates (three of the five best, each three quarters of the
	 * best) lie in one ancestor, that ancestor: an article split into sections is one article.
	 */
	private static Element bestCandidate(Document page, Map<Element, Double> scores) {
		List<Map.Entry<Element, Double>> ranked = scores.entrySet()
			.stream()
			.sorted(Map.Entry.<Element, Double>comparingByValue().reversed())
			.limit(5)
			.toList();
		if (ranked.isEmpty()) {
			return page.body();
		}
		Element best = ranked.get(0).getKey();
		double top = ranked.get(0).getValue();
		List<Element> close = ranked.stream().skip(1).filter(e -> e.getValue() >= 0.75 * top).map(Map.Entry::getKey)
			.toList();
		if (close.size() >= 2) {
			for (Element ancestor = best.parent(); ancestor != null && !ancestor.nameIs("body"); ancestor = ancestor
				.parent()) {
				Element candidate = ancestor;
				if (close.stream().filter(c -> c.parents().contains(candidate)).count() >= 2) {
					best = ancestor;
					break;
				}
			}
		}
		while (best.parent() != null && !best.parent().nameIs("body") && best.parent().childrenSize() == 1) {
			best = best.parent();
		}
		return best;
	}

	/** A p, or a div or li that holds text of its own and no block inside (pages that skip the p). */
	private static boolean isParagraph(Element element) {
		if (element.nameIs("p") || element.nameIs("pre") || element.nameIs("td")) {
			return true;
		}
		boolean ownText = element.textNodes().stream().anyMatch(t -> !t.isBlank());
		return ownText && element.children().stream().noneMatch(c -> PageBlocks.BLOCK_TAGS.contains(c.normalName()));
	}

	private static double initial(Element element) {
		double score = switch (element.normalName()) {
			case "div", "article", "main", "section" -> 5;
			case "pre", "td", "blockquote" -> 3;
			case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
			case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
			default -> 0;
		};
		return score + classWeight(element);
	}

	private static double classWeight(Element element) {
		double weight = 0;
		for (String name : new String[] { element.className(), element.id() }) {
			String lower = name.toLowerCase(Locale.ROOT);
			if (lower.isBlank()) {
				continue;
			}
			if (NEGATIVE.matcher(lower).find()) {
				weight -= 25;
			}
			if (POSITIVE.matcher(lower).find()) {
				weight += 25;
			}
		}
		return weight;
	}

	/**
	 * The article's siblings that carry on its text, as Readability appends them: a sibling scoring at least a
	 * fifth of the article, or a paragraph of running text with few links (pages that split an article around an
	 * advert).
	 */
	private static List<Element> withRelatedSiblings(Element article, Document page, Map<Element, Double> scores) {
		if (article == page.body() || article.parent() == null) {
			return List.of(article);
		}
		double own = scores.getOrDefault(article, 0.0);
		double threshold = Math.max(10, own * 0.2);
		List<Element> parts = new ArrayList<>();
		for (Element sibling : article.parent().children()) {
			double bonus = !article.className().isEmpty() && sibling.className().equals(article.className()) ? own * 0.2
					: 0;
			if (sibling == article || scores.getOrDefault(sibling, 0.0) + bonus >= threshold
					|| sibling.nameIs("p") && isRunningText(sibling)) {
				parts.add(sibling);
			}
		}
		return parts;
	}

	private static boolean isRunningText(Element paragraph) {
		String text = paragraph.text();
		double links = linkDensity(paragraph);
		return text.length() > 80 && links < 0.25 || text.length() > 0 && links == 0 && text.matches(".*\\.( |$).*");
	}

	private static double linkDensity(Element element) {
		int length = element.text().length();
		if (length == 0) {
			return 0;
		}
		int links = 0;
		for (Element link : element.select("a")) {
			links += link.text().length();
		}
		return Math.min(1.0, links / (double) length);
	}

	private static int commas(String text) {
		int commas = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == ',' || c == '，' || c == '、') {
				commas++;
			}
		}
		return commas;
	}

}
