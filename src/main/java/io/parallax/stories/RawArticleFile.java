package io.parallax.stories;

/**
 * An imported file as it was, byte for byte.
 */
public record RawArticleFile(String sourceFile, byte[] content) {
}
