package io.parallax.ingest;

/**
 * Published when an import has committed and changed at least one article, so that downstream modules can
 * rebuild what they derive from the articles.
 */
public record ArticlesImported(Long runId, int added, int updated, int retired) {
}
