package io.parallax.ingest;

import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import io.parallax.ingest.PageBlocks.Block;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The standfirst of a saved page: the summary a news page sets under its headline (its "dek" or "excerpt"), which
 * the main-text extraction leaves out when the page puts it in its header rather than in the article's body. It is
 * known by what the page says of itself: the description it gives (JSON-LD, OpenGraph, Twitter or a meta tag),
 * shown as the whole text of one element of the page. A description no element shows (written for search engines
 * only) is no standfirst, and neither is one the body holds already (the lead, given again as the description).
 * Found before the extraction, which changes the page.
 */
final class PageStandfirst {

	/** Shorter descriptions are labels and slogans ("Latest news"), not a summary of one story. */
	private static final int MIN_WORDS = 8;

	private static final Pattern SPACES = Pattern.compile("\\s+");

	private static final Pattern QUOTES = Pattern.compile("[‘’“”'\"]");

	private static final Pattern ELLIPSIS = Pattern.compile("\\s*(\\.\\.\\.|…)$");

	private PageStandfirst() {
	}

	/** The text of the element that shows the page's description, if one does and it is not the headline. */
	static Optional<String> shown(Document page, PageMetadata metadata) {
		String description = PageMetadata.value(metadata.description());
		if (description == null || page.body() == null) {
			return Optional.empty();
		}
		String headline = normalised(Objects.requireNonNullElse(PageMetadata.value(metadata.headline()), ""));
		boolean cut = ELLIPSIS.matcher(description).find();
		String wanted = normalised(ELLIPSIS.matcher(description).replaceFirst(""));
		if (TextShapes.words(wanted) < MIN_WORDS) {
			return Optional.empty();
		}
		// a cut description is the start of a longer text
		int longest = cut ? 3 * wanted.length() : wanted.length() + 20;
		for (Element element : page.body().getAllElements()) {
			// the element that holds the words itself, not one of its ancestors (whose text is cheap to skip)
			String own = element.ownText();
			if (own.isBlank() || own.length() > longest || excluded(element)) {
				continue;
			}
			String text = normalised(element.text());
			// a cut description's element must still end as a summary does, not run on into a date line
			if ((cut ? text.startsWith(wanted) && TextShapes.endsLikeSentence(element.text()) : text.equals(wanted))
					&& !text.equals(headline)) {
				return Optional.of(SPACES.matcher(element.text()).replaceAll(" ").strip());
			}
		}
		return Optional.empty();
	}

	/** Whether the article's body already gives the standfirst's words. */
	static boolean within(String standfirst, List<Block> body) {
		String words = normalised(standfirst);
		return body.stream().anyMatch(block -> normalised(block.text()).contains(words));
	}

	/** The headline, a caption or a link's text is not a standfirst, even worded as the description. */
	private static boolean excluded(Element element) {
		return element.closest("h1, figcaption, a, script, noscript, template") != null;
	}

	private static String normalised(String text) {
		return SPACES.matcher(QUOTES.matcher(text.toLowerCase(Locale.ROOT)).replaceAll("'")).replaceAll(" ").strip();
	}

}
