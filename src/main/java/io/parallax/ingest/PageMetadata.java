package io.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import io.parallax.stories.MetadataValue;

/**
 * What a page says about itself, each value with where it was found. Every field is the most trusted source's
 * value: schema.org JSON-LD first, then OpenGraph and Twitter tags, then plain meta tags, then the markup
 * ({@code <time datetime>}, {@code <h1>}, {@code <title>}). The description is not stored as the others are: it only
 * tells which text of the page is its standfirst ({@link PageStandfirst}).
 */
record PageMetadata(Found headline, Found authors, Found published, Found modified, Found outlet, Found canonical,
		Found language, Found description) {

	/** One value and where it came from ("JSON-LD NewsArticle headline", "meta property=og:site_name"). */
	record Found(String value, String source) {
	}

	static final String HEADLINE = "headline";

	static final String AUTHORS = "authors";

	static final String PUBLISHED = "published";

	static final String MODIFIED = "modified";

	static final String OUTLET = "outlet";

	static final String CANONICAL = "canonical";

	static final String LANGUAGE = "language";

	/**
	 * The publication date. A time stated in UTC says nothing of the newsroom's day: when the canonical address
	 * files the story under the day before (23:38 in New York is 04:38 UTC the next day), that day is the one.
	 */
	Optional<PageDates.PageDate> publishedDate() {
		Optional<PageDates.PageDate> date = published == null ? Optional.empty() : PageDates.read(published.value());
		if (date.isEmpty() || canonical == null || !date.get().stated().matches(".*T.*(Z|\\+00:00)")) {
			return date;
		}
		java.util.regex.Matcher filed = ADDRESS_DAY.matcher(canonical.value());
		if (filed.find()) {
			String day = "%s-%s-%s".formatted(filed.group(1), filed.group(2), filed.group(3));
			if (day.equals(date.get().day().minusDays(1).toString())) {
				return Optional.of(new PageDates.PageDate(date.get().day().minusDays(1), date.get().stated()));
			}
		}
		return date;
	}

	/** ".../2015/03/18/slug": the day a news site files a story under. */
	static final java.util.regex.Pattern ADDRESS_DAY = java.util.regex.Pattern
		.compile("/((?:19|20)\\d{2})/(\\d{2})/(\\d{2})/");

	/** The values found, in a fixed order, for the article's provenance. */
	List<MetadataValue> values() {
		List<MetadataValue> values = new ArrayList<>();
		add(values, HEADLINE, headline);
		add(values, AUTHORS, authors);
		add(values, PUBLISHED, published);
		add(values, MODIFIED, modified);
		add(values, OUTLET, outlet);
		add(values, CANONICAL, canonical);
		add(values, LANGUAGE, language);
		return values;
	}

	private static void add(List<MetadataValue> values, String field, Found found) {
		if (found != null) {
			values.add(new MetadataValue(field, found.value(), found.source()));
		}
	}

	static String value(Found found) {
		return found == null ? null : found.value();
	}

}
