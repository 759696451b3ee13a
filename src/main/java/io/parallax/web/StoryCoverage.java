package io.parallax.web;

import java.util.List;

import io.parallax.claims.ClaimViews.Aligned;
import io.parallax.claims.ClaimViews.Claim;

/**
 * Two articles of a story aligned claim by claim, for the compare page.
 */
final class StoryCoverage {

	private StoryCoverage() {
	}

	static List<Aligned> align(List<Claim> claims, Long a, Long b) {
		return claims.stream()
			.filter(c -> c.reportedBy(a) || c.reportedBy(b))
			.map(c -> new Aligned(c, c.mentionIn(a), c.mentionIn(b)))
			.toList();
	}

}
