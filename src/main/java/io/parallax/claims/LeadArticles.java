package io.parallax.claims;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.claims.ClaimWriter.RankedClaim;

/**
 * The few articles that best show a claim, stored with it so that the matrix of a story too large for a column per
 * article can pick a page's columns from its rows' leads without reading every member. First one article for each
 * value the articles differ on (both sides of a difference stay in view), then the articles that report most of
 * the story's claims (so a page's columns are shared by many of its rows), then the story's reading order.
 */
final class LeadArticles {

	/** As many as the matrix shows columns for a large story. */
	static final int MAX = 8;

	private final Comparator<Long> preferred;

	/**
	 * @param positions each current article's place in the story's reading order
	 */
	LeadArticles(List<RankedClaim> claims, Map<Long, Integer> positions) {
		Map<Long, Integer> reported = new HashMap<>();
		claims.forEach(c -> c.claim().articles().forEach(a -> reported.merge(a, 1, Integer::sum)));
		this.preferred = Comparator.comparing((Long a) -> -reported.getOrDefault(a, 0))
			.thenComparing(a -> positions.getOrDefault(a, Integer.MAX_VALUE))
			.thenComparing(a -> a);
	}

	Long[] of(RankedClaim claim) {
		Set<Long> leads = new LinkedHashSet<>();
		for (ClaimDifference difference : claim.differences()) {
			if (difference.firm()) {
				Map<String, Long> byValue = new HashMap<>();
				difference.values().forEach((article, value) -> byValue.merge(value, article,
						(a, b) -> preferred.compare(a, b) <= 0 ? a : b));
				byValue.values().stream().sorted(preferred).forEach(leads::add);
			}
		}
		List<Long> members = new ArrayList<>(claim.claim().articles());
		members.sort(preferred);
		leads.addAll(members);
		return leads.stream().limit(MAX).toArray(Long[]::new);
	}

}
