package io.parallax.claims;

import io.parallax.claims.ClaimViews.Listed;

/**
 * What a claim's permanent address leads to: the claim, the claim that took it over when the story was compared
 * again, or the news that it is gone.
 */
public sealed interface ClaimAddress {

	/** The claim as a list shows it; its articles are read a page at a time ({@link ClaimArticles}). */
	record Current(Long storyId, String storySlug, String storyTitle, int storyArticles, Listed claim)
			implements ClaimAddress {
	}

	record Moved(Long successorId) implements ClaimAddress {
	}

	record Gone(String storySlug, String storyTitle, String statement) implements ClaimAddress {
	}

}
