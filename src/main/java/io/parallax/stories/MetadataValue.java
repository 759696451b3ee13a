package io.parallax.stories;

/**
 * One fact a saved page states about its article (its headline, authors, publication date, outlet, canonical
 * address, language) and where on the page it was found, so that a reader can see why Parallax says it.
 *
 * @param field headline, authors, published, modified, outlet, canonical or language
 * @param source where it was read ("JSON-LD NewsArticle datePublished", "meta property=og:site_name")
 */
public record MetadataValue(String field, String value, String source) {
}
