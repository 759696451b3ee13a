package io.parallax.stories;

/**
 * An imported file as it was, byte for byte.
 */
record RawArticleFile(String sourceFile, byte[] content) {
}
