package io.parallax.ingest;

import java.util.Locale;
import java.util.regex.Pattern;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Removes from a page what is never article text, before any scoring: code, styles, forms and embedded frames;
 * what a browser would not show (hidden, aria-hidden, display:none); navigation, page headers and footers; and
 * the parts a page names as furniture (share bars, comments, related stories, newsletter boxes, cookie notices,
 * adverts). The class and id patterns are Mozilla Readability's "unlikely candidates", widened by trafilatura's
 * boilerplate classes; an element whose name also says article, body, content or main is kept.
 */
final class PageCleaner {

	private static final String NEVER_TEXT = "script, style, noscript, template, svg, canvas, iframe, object, embed, "
			+ "form, button, select, input, textarea, nav, link, meta, [hidden], [aria-hidden=true], "
			+ "[role=navigation], [role=menu], [role=menubar], [role=dialog], [role=alertdialog], [role=search], "
			+ "[role=complementary], [role=banner], [role=contentinfo]";

	private static final Pattern UNLIKELY = Pattern.compile("-ad-|^ad-|\\bads?\\b|advert|ai2html|banner|breadcrumb|"
			+ "combx|comment|community|consent|cookie|cover-wrap|disqus|extra|footer|gdpr|header|legends|menu|"
			+ "related|recommend|remark|replies|rss|share|sharing|shoutbox|sidebar|skyscraper|social|sponsor|"
			+ "supplemental|ad-break|agegate|pagination|pager|popup|modal|newsletter|subscribe|signup|sign-up|"
			+ "promo|outbrain|taboola|most-popular|mostpopular|most-read|trending|paywall|tags|toolbar|"
			+ "byline|author-info|dateline|timestamp|print-only|visually-hidden|screen-reader|sr-only|"
			+ "yom-remote|read-more|readmore|more-stories|nav");

	private static final Pattern MAYBE_ARTICLE = Pattern.compile("article|body|column|content|main|mathjax|shadow|"
			+ "story|entry|post-text");

	private static final Pattern HIDDEN_STYLE = Pattern.compile("display\\s*:\\s*none|visibility\\s*:\\s*hidden");

	private PageCleaner() {
	}

	static void clean(Document page) {
		page.select(NEVER_TEXT).remove();
		for (Element element : page.body().select("*")) {
			if (element.parent() != null && isFurniture(element)) {
				element.remove();
			}
		}
	}

	private static boolean isFurniture(Element element) {
		String tag = element.normalName();
		if (tag.equals("body") || tag.equals("article") || tag.equals("main") || tag.equals("a")) {
			return false;
		}
		if (HIDDEN_STYLE.matcher(element.attr("style")).find()) {
			return true;
		}
		if (tag.equals("header") || tag.equals("footer") || tag.equals("aside") && !PageBlocks.isCaption(element)) {
			return !isPullQuote(element);
		}
		String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
		return !names.isBlank() && UNLIKELY.matcher(names).find() && !MAYBE_ARTICLE.matcher(names).find();
	}

	/** A pull quote repeats the article's words; it is kept, and set aside with the captions. */
	static boolean isPullQuote(Element element) {
		String names = (element.className() + " " + element.id()).toLowerCase(Locale.ROOT);
		return names.contains("pullquote") || names.contains("pull-quote");
	}

}
