package io.parallax.ingest;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

import io.parallax.ingest.MainTextExtractor.Extracted;
import io.parallax.ingest.PageBlocks.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * A story a page sets in several containers of one kind: sections or columns of the same element and class, one
 * after another (an advertisement, a newsletter prompt or a new page section between them), each holding paragraphs
 * of the story. Readability takes the richest container for the article, and the others, the lead's among them,
 * were lost. The containers are noted before the extraction changes the page; after it, when most of the extracted
 * body comes from one kind of container, the containers of that kind it left out give their running text, sorted
 * by the same block rules, where they stand in the page: before the first container the body came from (the lead),
 * between two of them, or after the last in the same kind of element (the next section of one article element).
 * One after the last elsewhere is not a part of the story but what follows it in the same dress (an author's
 * biography in the footer, a promotion).
 */
final class ArticleSegments {

	/** Less running text than this in a container is a prompt or a notice, not a part of the story. */
	private static final int MIN_WORDS = 30;

	/**
	 * A container of a kind: where it is in the page (its place among the body's elements in page order), the
	 * paragraphs of running text it holds itself, and the kind of element it sits in.
	 */
	private record Container(int position, Set<String> paragraphs, String parentKind) {
	}

	/** Containers of one kind, in page order; only kinds of at least two containers are kept. */
	private final Map<String, List<Container>> kinds;

	/** The page as it was before the extraction changed it, parsed again: asked for only when a story was split. */
	private final Supplier<Document> again;

	private Elements reparsed;

	private ArticleSegments(Map<String, List<Container>> kinds, Supplier<Document> again) {
		this.kinds = kinds;
		this.again = again;
	}

	/**
	 * The page's containers that hold paragraphs of running text themselves, by element and class, for the kinds
	 * that have several; a container inside another of its kind is a part of that one (a reply in a comment). Read
	 * before the extraction, which changes the page.
	 *
	 * @param again the page parsed afresh, as it was before the extraction: its elements are in the same order
	 */
	static ArticleSegments of(Document page, Supplier<Document> again) {
		Map<String, List<Container>> found = new LinkedHashMap<>();
		if (page.body() == null) {
			return new ArticleSegments(Map.of(), again);
		}
		Set<Element> taken = Collections.newSetFromMap(new IdentityHashMap<>());
		Elements elements = page.body().getAllElements();
		for (int i = 0; i < elements.size(); i++) {
			Element element = elements.get(i);
			if (element.className().isBlank()) {
				continue;
			}
			Set<String> paragraphs = runningParagraphs(element);
			if (!paragraphs.isEmpty() && !insideSameKind(element, taken)) {
				String parent = element.parent() == null ? "" : kind(element.parent());
				found.computeIfAbsent(kind(element), k -> new ArrayList<>()).add(new Container(i, paragraphs, parent));
				taken.add(element);
			}
		}
		found.values().removeIf(containers -> containers.size() < 2);
		return new ArticleSegments(found, again);
	}

	/** The elements of the page as it was before the extraction, parsed once, when first asked for. */
	private Elements pageAgain() {
		if (reparsed == null) {
			reparsed = again.get().body().getAllElements();
		}
		return reparsed;
	}

	/** The extracted text with the containers it left out of its own kind put back where they stand in the page. */
	Extracted completed(Extracted text) {
		List<String> body = text.body().stream().map(block -> TextShapes.comparable(block.text())).toList();
		Set<String> bodyTexts = new HashSet<>(body);
		for (List<Container> containers : kinds.values()) {
			Set<String> ofKind = new HashSet<>();
			containers.forEach(c -> ofKind.addAll(c.paragraphs()));
			long fromKind = body.stream().filter(ofKind::contains).count();
			if (2 * fromKind < body.size()) {
				continue;
			}
			List<List<Block>> parts = containers.stream().map(c -> runningText(pageAgain().get(c.position()))).toList();
			List<Boolean> given = parts.stream().map(blocks -> mostlyIn(blocks, bodyTexts)).toList();
			if (given.contains(true) && given.contains(false)) {
				return new Extracted(merged(text.body(), trailingParts(containers, parts, given), given), text.asides(),
						text.furniture());
			}
		}
		return text;
	}

	/**
	 * The parts with those after the last one the body holds emptied, unless they sit in the same kind of element as
	 * a part it holds (the story's next section in the same article element): what follows a story in its dress
	 * elsewhere on the page (a biography in the footer) is not the story.
	 */
	private static List<List<Block>> trailingParts(List<Container> containers, List<List<Block>> parts,
			List<Boolean> given) {
		Set<String> storyParents = new HashSet<>();
		for (int i = 0; i < containers.size(); i++) {
			if (given.get(i)) {
				storyParents.add(containers.get(i).parentKind());
			}
		}
		int last = given.lastIndexOf(true);
		List<List<Block>> kept = new ArrayList<>(parts);
		for (int i = last + 1; i < parts.size(); i++) {
			if (!storyParents.contains(containers.get(i).parentKind())) {
				kept.set(i, List.of());
			}
		}
		return kept;
	}

	/**
	 * The body with each missing part's blocks put in page order: a cursor follows the body through the blocks of
	 * the parts it holds, and a missing part goes where the cursor stands.
	 */
	static List<Block> merged(List<Block> body, List<List<Block>> parts, List<Boolean> given) {
		List<Block> merged = new ArrayList<>(body);
		Set<String> present = new HashSet<>();
		body.forEach(block -> present.add(TextShapes.comparable(block.text())));
		int cursor = 0;
		for (int i = 0; i < parts.size(); i++) {
			if (given.get(i)) {
				cursor = after(merged, parts.get(i), cursor);
				continue;
			}
			for (Block block : parts.get(i)) {
				if (present.add(TextShapes.comparable(block.text()))) {
					merged.add(cursor++, block);
				}
			}
		}
		return merged;
	}

	/** Where the body goes on after a part it holds: past that part's blocks, found in order from the cursor. */
	private static int after(List<Block> body, List<Block> part, int cursor) {
		int position = cursor;
		for (Block block : part) {
			String text = TextShapes.comparable(block.text());
			for (int i = position; i < body.size(); i++) {
				if (TextShapes.comparable(body.get(i).text()).equals(text)) {
					position = i + 1;
					break;
				}
			}
		}
		return position;
	}

	/** Whether the body holds most of a part's blocks: a paragraph two parts share does not make both given. */
	static boolean mostlyIn(List<Block> part, Set<String> bodyTexts) {
		long in = part.stream().filter(b -> bodyTexts.contains(TextShapes.comparable(b.text()))).count();
		return 2 * in > part.size();
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

	/** A paragraph shorter than this is no sign of a story's part: a caption's line, a label. */
	private static final int MIN_PARAGRAPH_WORDS = 8;

	/** The element's own paragraphs that run as an article's sentences do, of eight words or more. */
	private static Set<String> runningParagraphs(Element element) {
		Set<String> paragraphs = new HashSet<>();
		for (Element child : element.children()) {
			if (child.tagName().equals("p") && PageBlocks.runningWords(child) >= MIN_PARAGRAPH_WORDS) {
				paragraphs.add(TextShapes.comparable(child.text()));
			}
		}
		return paragraphs;
	}

	private static boolean insideSameKind(Element element, Set<Element> taken) {
		String kind = kind(element);
		for (Element ancestor = element.parent(); ancestor != null; ancestor = ancestor.parent()) {
			if (taken.contains(ancestor) && kind(ancestor).equals(kind)) {
				return true;
			}
		}
		return false;
	}

	private static String kind(Element element) {
		return element.tagName() + "." + String.join(".", element.classNames().stream().sorted().toList());
	}

}
