package io.parallax.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import io.parallax.ingest.MainTextExtractor.Extracted;
import io.parallax.ingest.PageBlocks.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * A story a page sets in several containers of one kind: sections or columns of the same element and class, one
 * after another (an advertisement, a newsletter prompt or a new page section between them), each holding paragraphs
 * of the story. Readability takes the richest container for the article, and the others, the lead's among them,
 * were lost. The containers are noted before the extraction changes the page; after it, those of the kind the
 * extracted body comes from (most of its paragraphs) that gave it nothing give their text, sorted by the same block
 * rules, where they stand in the page: before, between or after the containers the body came from.
 */
final class ArticleSegments {

	private static final Pattern SPACES = Pattern.compile("\\s+");

	/** Less running text than this in a container is a prompt or a notice, not a part of the story. */
	private static final int MIN_WORDS = 30;

	/** Containers of one kind, in page order; only kinds of at least two containers are kept. */
	private final Map<String, List<Element>> kinds;

	private ArticleSegments(Map<String, List<Element>> kinds) {
		this.kinds = kinds;
	}

	/**
	 * Copies of the page's containers that hold paragraphs of running text themselves, by element and class, for the
	 * kinds that have several. Read before the extraction, which changes the page.
	 */
	static ArticleSegments of(Document page) {
		Map<String, List<Element>> kinds = new LinkedHashMap<>();
		if (page.body() == null) {
			return new ArticleSegments(kinds);
		}
		for (Element element : page.body().getAllElements()) {
			if (!element.className().isBlank() && holdsRunningText(element)) {
				kinds.computeIfAbsent(kind(element), k -> new ArrayList<>()).add(element);
			}
		}
		kinds.values().removeIf(containers -> containers.size() < 2);
		Map<String, List<Element>> copies = new LinkedHashMap<>();
		kinds.forEach((kind, containers) -> copies.put(kind, containers.stream().map(Element::clone).toList()));
		return new ArticleSegments(copies);
	}

	/** The extracted text with the other containers of its kind put back where they stand in the page. */
	Extracted completed(Extracted text) {
		Set<String> bodyTexts = new HashSet<>();
		text.body().forEach(block -> bodyTexts.add(normalised(block.text())));
		for (List<Element> containers : kinds.values()) {
			List<List<Block>> parts = containers.stream().map(ArticleSegments::runningText).toList();
			List<Boolean> given = parts.stream()
				.map(blocks -> blocks.stream().anyMatch(b -> bodyTexts.contains(normalised(b.text()))))
				.toList();
			long fromKind = parts.stream().flatMap(List::stream).filter(b -> bodyTexts.contains(normalised(b.text())))
				.count();
			if (given.contains(true) && given.contains(false) && 2 * fromKind >= text.body().size()) {
				return new Extracted(merged(text.body(), parts, given, bodyTexts), text.asides(), text.furniture());
			}
		}
		return text;
	}

	/**
	 * The body with each missing part's blocks inserted after the last block of the part before it that the body
	 * holds, or at the start for the parts before the first one it holds.
	 */
	private static List<Block> merged(List<Block> body, List<List<Block>> parts, List<Boolean> given,
			Set<String> bodyTexts) {
		List<Block> merged = new ArrayList<>(body);
		int insertAt = 0;
		for (int i = 0; i < parts.size(); i++) {
			if (given.get(i)) {
				insertAt = lastIndexOf(merged, parts.get(i)) + 1;
				continue;
			}
			for (Block block : parts.get(i)) {
				if (bodyTexts.add(normalised(block.text()))) {
					merged.add(insertAt++, block);
				}
			}
		}
		return merged;
	}

	/**
	 * A container's text as the block rules sort it, without what does not run as sentences do ("Powered by", a
	 * teaser's title, "5 min read"), and nothing at all from a container of a line or two: a prompt or a notice set in
	 * the story's own kind of container ("We want to hear what you think about this article.").
	 */
	private static List<Block> runningText(Element container) {
		List<Block> blocks = MainTextExtractor.sorted(List.of(container)).body();
		List<Block> kept = new ArrayList<>();
		for (int i = 0; i < blocks.size(); i++) {
			Block block = blocks.get(i);
			boolean textFollows = i + 1 < blocks.size() && TextShapes.endsLikeSentence(blocks.get(i + 1).text());
			if (block.heading() ? textFollows : TextShapes.endsLikeSentence(block.text())) {
				kept.add(block);
			}
		}
		int words = kept.stream().filter(b -> !b.heading()).mapToInt(b -> TextShapes.words(b.text())).sum();
		return words < MIN_WORDS ? List.of() : kept;
	}

	private static int lastIndexOf(List<Block> body, List<Block> part) {
		Set<String> texts = new HashSet<>();
		part.forEach(block -> texts.add(normalised(block.text())));
		for (int i = body.size() - 1; i >= 0; i--) {
			if (texts.contains(normalised(body.get(i).text()))) {
				return i;
			}
		}
		return -1;
	}

	/** Whether one of the element's own paragraphs reads as running text: a sentence's end, little of it links. */
	private static boolean holdsRunningText(Element element) {
		for (Element child : element.children()) {
			if (child.tagName().equals("p")) {
				String text = child.text();
				int links = child.select("a").text().length();
				if (TextShapes.endsLikeSentence(text) && TextShapes.words(text) >= 8 && links * 2 < text.length()) {
					return true;
				}
			}
		}
		return false;
	}

	private static String kind(Element element) {
		return element.tagName() + "." + String.join(".", element.classNames().stream().sorted().toList());
	}

	private static String normalised(String text) {
		return SPACES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
	}

}
