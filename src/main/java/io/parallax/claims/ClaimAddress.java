package io.parallax.claims;

import io.parallax.claims.ClaimViews.Claim;

/**
 * What a claim's permanent address leads to: the claim, the claim that took it over when the story was compared
 * again, or the news that it is gone.
 */
public sealed interface ClaimAddress {

	record Current(String storySlug, String storyTitle, Claim claim) implements ClaimAddress {
	}

	record Moved(Long successorId) implements ClaimAddress {
	}

	record Gone(String storySlug, String storyTitle, String statement) implements ClaimAddress {
	}

}
