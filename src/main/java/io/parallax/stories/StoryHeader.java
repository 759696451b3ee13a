package io.parallax.stories;

import java.time.Instant;

/**
 * A story as the top of each of its pages shows it; the counts are stored at import, not counted per request.
 */
public record StoryHeader(Long id, String slug, String title, boolean titleDerived, int articleCount,
		int outletCount, Instant changedAt) {
}
