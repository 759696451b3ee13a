package io.parallax.stories;

/**
 * A story as the story list shows it.
 */
public record StoryListing(String slug, String title, boolean titleDerived, long articleCount, long outletCount) {
}
