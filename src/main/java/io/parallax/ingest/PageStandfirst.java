package io.parallax.ingest;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.parallax.ingest.PageBlocks.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.jsoup.select.QueryParser;

/**
 * The standfirst of a saved page: the summary a news page sets under its headline (its "dek" or "excerpt"), which
 * the main-text extraction leaves out when the page puts it in its header rather than in the article's body. It is
 * known by what the page says of itself: the description it gives (JSON-LD, OpenGraph, Twitter or a meta tag),
 * shown as the whole text of one element of the page that holds no other block. A description no element shows
 * (written for search engines only) is no standfirst, and neither is one the body holds already (the lead, given
 * again as the description). Found before the extraction, which changes the page.
 */
final class PageStandfirst {

	/** Shorter descriptions are labels and slogans ("Latest news"), not a summary of one story. */
	private static final int MIN_WORDS = 8;

	/** How a description cut to length ends: an ellipsis, or WordPress's "[…]". */
	private static final Pattern CUT = Pattern.compile("\\s*(\\[\\s*(\\.\\.\\.|…)\\s*]|\\.\\.\\.|…)$");

	/** The headline, a caption or a link's text is not a standfirst, even worded as the description. */
	private static final Evaluator NOT_A_STANDFIRST = QueryParser.parse("h1, figcaption, a");

	private PageStandfirst() {
	}

	/** The text of the element that shows the page's description, if one does and it is not the headline. */
	static Optional<String> shown(Document page, PageMetadata metadata) {
		String description = PageMetadata.value(metadata.description());
		if (description == null || page.body() == null) {
			return Optional.empty();
		}
		boolean cut = CUT.matcher(description).find();
		String wanted = TextShapes.comparable(CUT.matcher(description).replaceFirst(""));
		if (TextShapes.words(wanted) < MIN_WORDS) {
			return Optional.empty();
		}
		String headline = TextShapes.comparable(Objects.requireNonNullElse(PageMetadata.value(metadata.headline()), ""));
		// a cut description is the start of a longer text
		int longest = cut ? 3 * wanted.length() : wanted.length() + 20;
		for (Element element : page.body().getAllElements()) {
			// only a block with no block inside it (its text may sit in inline elements): reading its text costs
			// what it holds, once
			if (!element.isBlock() || hasBlockInside(element) || !element.hasText()) {
				continue;
			}
			String shown = element.text();
			// jsoup's text has its spaces collapsed already: a text of another length is another text
			boolean length = cut ? shown.length() >= wanted.length() && shown.length() <= longest
					: Math.abs(shown.length() - wanted.length()) <= 2;
			if (!length || element.closest(NOT_A_STANDFIRST) != null) {
				continue;
			}
			String text = TextShapes.comparable(shown);
			// a cut description's element must still end as a summary does, not run on into a date line
			boolean matches = cut ? text.startsWith(wanted) && TextShapes.endsLikeSentence(shown) : text.equals(wanted);
			if (matches && !text.equals(headline)) {
				return Optional.of(shown.strip());
			}
		}
		return Optional.empty();
	}

	/** Whether the article's body already gives the standfirst's words, in one paragraph or across several. */
	static boolean within(String standfirst, List<Block> body) {
		String words = TextShapes.comparable(standfirst);
		String all = TextShapes.comparable(String.join(" ", body.stream().map(Block::text).toList()));
		return all.contains(words);
	}

	private static boolean hasBlockInside(Element element) {
		for (Element child : element.children()) {
			if (child.isBlock() || hasBlockInside(child)) {
				return true;
			}
		}
		return false;
	}

}
