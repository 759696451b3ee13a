package io.parallax.ingest;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import io.parallax.ingest.PageMetadata.Found;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;

/**
 * Reads what a page says about its article, in order of trust: schema.org JSON-LD, OpenGraph and Twitter tags,
 * plain meta tags, then the markup itself. Each value keeps its source; a value that does not read as what it
 * should be (an author that is a link, a date that is no date) is passed over for the next source.
 */
final class PageMetadataReader {

	private static final String[] DATE_METAS = { "date", "pubdate", "publishdate", "publish-date", "publish_date",
			"dc.date", "dc.date.issued", "dcterms.date", "dcterms.created", "parsely-pub-date", "sailthru.date",
			"article.published", "published-date", "og:published_time", "datepublished" };

	private static final String[] AUTHOR_METAS = { "author", "byl", "parsely-author", "dc.creator", "sailthru.author",
			"article.author" };

	private static final Pattern BY = Pattern.compile("(?i)^by\\s+");

	private static final int MAX_AUTHOR_CHARS = 120;

	private static final int MAX_DATELINE_CHARS = 80;

	private static final Pattern FULL_NAME = Pattern.compile("\\p{Lu}[\\p{L}.'’-]+(?:\\s+\\p{Lu}[\\p{L}.'’-]*){1,3}");

	private static final Pattern TITLE_SUFFIX = Pattern.compile("(.+?)\\s+[|\\-–—:]+\\s+([^|\\-–—:]{2,40})");


	private PageMetadataReader() {
	}

	static PageMetadata read(Document page) {
		Optional<JsonLdArticle> ld = JsonLdArticle.of(page);
		MetaTags metas = MetaTags.of(page);
		String ldName = ld.map(a -> "JSON-LD " + a.type() + " ").orElse("");
		Found outlet = outlet(page, metas, ld, ldName);
		Found authors = authors(page, metas, ld, ldName);
		return new PageMetadata(withoutSuffix(headline(page, metas, ld, ldName), outlet, authors), authors,
				published(page, metas, ld, ldName), modified(page, metas, ld, ldName), outlet,
				canonical(page, metas, ld, ldName), language(page, metas, ld, ldName), description(metas, ld, ldName));
	}

	private static Found description(MetaTags metas, Optional<JsonLdArticle> ld, String ldName) {
		return first(ld.map(a -> a.text("description")).orElse(null), ldName + "description")
			.or(() -> meta(metas, "og:description"))
			.or(() -> meta(metas, "twitter:description"))
			.or(() -> meta(metas, "description"))
			.orElse(null);
	}

	private static Found headline(Document page, MetaTags metas, Optional<JsonLdArticle> ld, String ldName) {
		return first(ld.map(a -> a.text("headline")).orElse(null), ldName + "headline")
			.or(() -> meta(metas, "og:title"))
			.or(() -> meta(metas, "twitter:title"))
			.or(() -> onlyOne(page.select("h1")).map(h1 -> new Found(h1, "the page's only <h1>")))
			.or(() -> first(page.title(), "<title>"))
			.orElse(null);
	}

	/**
	 * "Headline | The Outlet", "Headline - US News" (of US News &amp; World Report), "Headline - Author": the
	 * outlet's or author's name is not part of the headline.
	 */
	private static Found withoutSuffix(Found headline, Found outlet, Found authors) {
		if (headline == null) {
			return null;
		}
		java.util.regex.Matcher named = TITLE_SUFFIX.matcher(headline.value());
		if (outlet != null && named.matches() && outletWords(outlet.value()).containsAll(outletWords(named.group(2)))) {
			return new Found(named.group(1).strip(), headline.source());
		}
		for (Found name : new Found[] { outlet, authors }) {
			for (String separator : new String[] { " | ", " - ", " – ", " — ", " :: " }) {
				String suffix = name == null ? null : (separator + name.value()).toLowerCase(java.util.Locale.ROOT);
				String text = headline.value();
				if (suffix != null && text.toLowerCase(java.util.Locale.ROOT).endsWith(suffix)
						&& text.length() > suffix.length()) {
					return new Found(text.substring(0, text.length() - suffix.length()).strip(), headline.source());
				}
			}
		}
		return headline;
	}

	private static Found authors(Document page, MetaTags metas, Optional<JsonLdArticle> ld, String ldName) {
		List<String> names = ld.map(JsonLdArticle::authors).orElse(List.of());
		Optional<Found> found = joined(names).map(n -> new Found(n, ldName + "author"));
		if (found.isEmpty()) {
			found = joined(metas(metas, "article:author")).map(n -> new Found(n, "meta property=article:author"));
		}
		for (int i = 0; found.isEmpty() && i < AUTHOR_METAS.length; i++) {
			String name = AUTHOR_METAS[i];
			found = joined(metas(metas, name)).map(n -> new Found(n, "meta name=" + name));
		}
		if (found.isEmpty()) {
			found = markedAuthor(page);
		}
		return found.orElse(null);
	}

	/**
	 * The first name the page marks as its author, the surest marks first; within one kind of mark, the first on
	 * the page is the article's (later ones belong to lists of other stories).
	 */
	private static Optional<Found> markedAuthor(Document page) {
		for (String query : new String[] { "[itemprop=author]", "[rel=author]", "[class*=byline] a[href]", ".byauthor",
				"[class*=author-name]", "[class*=byline] .fn, .vcard .fn" }) {
			for (Element marked : page.select(query)) {
				Optional<String> name = joined(List.of(marked.text()));
				if (name.isPresent()) {
					return name.map(n -> new Found(n, "the page's first byline"));
				}
			}
		}
		return Optional.empty();
	}

	private static Found published(Document page, MetaTags metas, Optional<JsonLdArticle> ld, String ldName) {
		Optional<Found> found = ldDate(ld, ldName, "datePublished")
			.or(() -> meta(metas, "article:published_time").filter(PageMetadataReader::isDate));
		for (int i = 0; found.isEmpty() && i < DATE_METAS.length; i++) {
			found = meta(metas, DATE_METAS[i]).filter(PageMetadataReader::isDate);
		}
		// A news site's address names the day it filed the story; a date line may belong to another story's teaser.
		return found.or(() -> timeElement(page)).or(() -> addressDate(page, metas)).or(() -> visibleDateline(page))
			.orElse(null);
	}

	/** "Sunday, Feb 1, 2015 11:57 AM UTC" in an element the page names as its date line. */
	private static Optional<Found> visibleDateline(Document page) {
		for (Element line : page.select("[class*=dateline], [class*=date], [class*=timestamp], [class*=posted]")) {
			String text = line.text();
			if (!text.isEmpty() && text.length() <= MAX_DATELINE_CHARS) {
				Optional<Found> found = PublicationDates.fromDateline(text)
					.map(day -> new Found(day.toString(), "the page's date line \"" + text + "\""));
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	/** ".../2015/03/18/slug": the day in the page's canonical address, as news sites file their stories. */
	private static Optional<Found> addressDate(Document page, MetaTags metas) {
		Element link = page.selectFirst("link[rel=canonical][href]");
		String address = link != null ? link.attr("href") : metas(metas, "og:url").stream().findFirst().orElse("");
		java.util.regex.Matcher day = PageMetadata.ADDRESS_DAY.matcher(address);
		if (!day.find()) {
			return Optional.empty();
		}
		return first("%s-%s-%s".formatted(day.group(1), day.group(2), day.group(3)), "the date in the canonical address")
			.filter(PageMetadataReader::isDate);
	}

	private static Found modified(Document page, MetaTags metas, Optional<JsonLdArticle> ld, String ldName) {
		return ldDate(ld, ldName, "dateModified")
			.or(() -> meta(metas, "article:modified_time").filter(PageMetadataReader::isDate))
			.orElse(null);
	}

	private static Optional<Found> ldDate(Optional<JsonLdArticle> ld, String ldName, String field) {
		return first(ld.map(a -> a.text(field)).orElse(null), ldName + field).filter(PageMetadataReader::isDate);
	}

	/** A {@code <time>} the page marks as the publication time, else its first one. */
	private static Optional<Found> timeElement(Document page) {
		String[][] queries = { { "time[itemprop=datePublished][datetime]", "<time itemprop=datePublished>" },
				{ "time[pubdate][datetime]", "<time pubdate>" },
				{ "[itemprop=datePublished][content]", "itemprop=datePublished" },
				{ "time[datetime]", "first <time datetime>" } };
		for (String[] query : queries) {
			Element time = page.selectFirst(query[0]);
			if (time != null) {
				String value = time.hasAttr("datetime") ? time.attr("datetime") : time.attr("content");
				Optional<Found> found = first(value, "the page's " + query[1]).filter(PageMetadataReader::isDate);
				if (found.isPresent()) {
					return found;
				}
			}
		}
		return Optional.empty();
	}

	private static Found outlet(Document page, MetaTags metas, Optional<JsonLdArticle> ld, String ldName) {
		// "http://www.tmz.com" is an address, not the outlet's name.
		return first(ld.map(JsonLdArticle::publisher).orElse(null), ldName + "publisher")
			.or(() -> meta(metas, "og:site_name"))
			.or(() -> meta(metas, "application-name"))
			.filter(found -> !found.value().matches("(?i)(https?://|www\\.)\\S*"))
			.orElse(null);
	}

	private static Found canonical(Document page, MetaTags metas, Optional<JsonLdArticle> ld, String ldName) {
		Element link = page.selectFirst("link[rel=canonical][href]");
		return Optional.ofNullable(link)
			.flatMap(l -> first(l.absUrl("href").isEmpty() ? l.attr("href") : l.absUrl("href"), "link rel=canonical"))
			.or(() -> meta(metas, "og:url"))
			.or(() -> first(ld.map(JsonLdArticle::url).orElse(null), ldName + "url"))
			.filter(f -> f.value().matches("(?i)https?://\\S+"))
			.orElse(null);
	}

	private static Found language(Document page, MetaTags metas, Optional<JsonLdArticle> ld, String ldName) {
		Element html = page.selectFirst("html");
		return first(html == null ? null : html.attr("lang"), "<html lang>")
			.or(() -> first(html == null ? null : html.attr("xml:lang"), "<html xml:lang>"))
			.or(() -> Optional.ofNullable(page.selectFirst("meta[http-equiv~=(?i)content-language]"))
				.flatMap(m -> first(m.attr("content"), "meta http-equiv=content-language")))
			.or(() -> first(ld.map(a -> a.text("inLanguage")).orElse(null), ldName + "inLanguage"))
			.or(() -> meta(metas, "og:locale"))
			.orElse(null);
	}

	private static boolean isDate(Found found) {
		return PageDates.read(found.value()).isPresent();
	}

	/** The first meta tag whose property or name is {@code key}, with content. */
	private static Optional<Found> meta(MetaTags tags, String key) {
		List<String> values = metas(tags, key);
		String kind = key.contains(":") && !key.startsWith("twitter:") ? "property" : "name";
		return values.isEmpty() ? Optional.empty() : first(values.get(0), "meta " + kind + "=" + key);
	}

	private static List<String> metas(MetaTags tags, String key) {
		return tags.byKey().getOrDefault(key.toLowerCase(Locale.ROOT), List.of());
	}

	/**
	 * The page's meta tags with content, by their property, name or itemprop (lower-cased), in page order: read
	 * once, as some thirty keys are looked up.
	 */
	record MetaTags(Map<String, List<String>> byKey) {

		static MetaTags of(Document page) {
			Elements metas = page.head().select("meta[content]");
			if (metas.isEmpty()) {
				metas = page.select("meta[content]");
			}
			Map<String, List<String>> byKey = new HashMap<>();
			for (Element meta : metas) {
				String content = meta.attr("content");
				if (content.isBlank()) {
					continue;
				}
				Set<String> keys = new LinkedHashSet<>();
				for (String attribute : new String[] { "property", "name", "itemprop" }) {
					keys.add(meta.attr(attribute).toLowerCase(Locale.ROOT));
				}
				keys.remove("");
				for (String key : keys) {
					byKey.computeIfAbsent(key, k -> new ArrayList<>()).add(content.strip());
				}
			}
			return new MetaTags(byKey);
		}

	}

	/** "By Ana Pérez", "John O'Neill": names joined as a byline; links and over-long values are no names. */
	private static Optional<String> joined(List<String> names) {
		Set<String> kept = new LinkedHashSet<>();
		for (String name : names.stream().flatMap(n -> commaList(n).stream()).toList()) {
			String clean = BY.matcher(name.replaceAll("\\s+", " ").strip()).replaceFirst("");
			if (!clean.isEmpty() && clean.length() <= MAX_AUTHOR_CHARS && !clean.matches("(?i).*(https?:|www\\.|@).*")) {
				kept.add(clean);
			}
		}
		if (kept.isEmpty()) {
			return Optional.empty();
		}
		List<String> list = List.copyOf(kept);
		return Optional.of(list.size() == 1 ? list.get(0)
				: String.join(", ", list.subList(0, list.size() - 1)) + " and " + list.get(list.size() - 1));
	}

	/** "David Catanese, Lindsey Cook" names two people; "Smith, Jr." and "Doe, Washington" stay as they are. */
	private static List<String> commaList(String names) {
		List<String> parts = List.of(names.split("\\s*,\\s*"));
		boolean allNames = parts.size() > 1 && parts.stream().allMatch(p -> FULL_NAME.matcher(p).matches());
		return allNames ? parts : List.of(names);
	}

	private static Set<String> outletWords(String name) {
		Set<String> words = new java.util.HashSet<>();
		for (String word : name.toLowerCase(java.util.Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
			if (!word.isEmpty() && !word.equals("the")) {
				words.add(word);
			}
		}
		return words;
	}

	private static Optional<String> onlyOne(Elements elements) {
		return elements.size() == 1 ? Optional.of(elements.get(0).text()) : Optional.empty();
	}

	private static Optional<Found> first(String value, String source) {
		if (value == null || value.isBlank()) {
			return Optional.empty();
		}
		return Optional.of(new Found(value.replaceAll("\\s+", " ").strip(), source));
	}

}
