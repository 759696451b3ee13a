package io.parallax.stories;

/**
 * A story's articles, analysis, claims or summary changed and its version moved on. Published inside the
 * transaction that made the change, so that synchronous listeners' writes commit (or roll back) with it.
 */
public record StoryChanged(Long storyId) {
}
