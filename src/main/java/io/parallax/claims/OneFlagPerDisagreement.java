package io.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import io.parallax.claims.ClaimWriter.RankedClaim;

/**
 * A disagreement is flagged once: a sentence that states two facts is a member of both their claims, and the
 * values it gives can then differ from another article's in each. The claim whose flag shows no value (article and
 * value) that a wider claim's flag of the same kind does not already show keeps it as a difference worth checking,
 * so that the disagreements a journalist is pointed to, and the feed of them, name it once. A flag that shows more
 * values than another, or the same ones in a claim listed first, is the one kept.
 */
final class OneFlagPerDisagreement {

	private OneFlagPerDisagreement() {
	}

	/** @param claims widest first, as the story lists them */
	static List<RankedClaim> of(List<RankedClaim> claims) {
		List<ClaimDifference> flags = claims.stream().flatMap(c -> c.differences().stream())
			.filter(ClaimDifference::firm).toList();
		List<RankedClaim> result = new ArrayList<>(claims.size());
		int at = 0;
		for (RankedClaim claim : claims) {
			List<ClaimDifference> differences = new ArrayList<>(claim.differences().size());
			for (ClaimDifference difference : claim.differences()) {
				boolean shown = difference.firm() && shownElsewhere(flags, at++);
				differences.add(shown ? new ClaimDifference(difference.kind(), difference.values(), false) : difference);
			}
			result.add(new RankedClaim(claim.claim(), claim.origins(), differences, claim.omittedBy()));
		}
		return result;
	}

	/**
	 * Whether another flag shows all of the values of the flag at this position and more, or the same values in a
	 * claim listed first. Flags are few (firm differences), so each is compared with every other.
	 */
	private static boolean shownElsewhere(List<ClaimDifference> flags, int at) {
		ClaimDifference difference = flags.get(at);
		for (int i = 0; i < flags.size(); i++) {
			ClaimDifference other = flags.get(i);
			boolean wider = other.values().size() > difference.values().size();
			boolean sameFirst = other.values().size() == difference.values().size() && i < at;
			if (i != at && (wider || sameFirst) && shows(other, difference)) {
				return true;
			}
		}
		return false;
	}

	private static boolean shows(ClaimDifference wider, ClaimDifference difference) {
		if (!wider.kind().equals(difference.kind())) {
			return false;
		}
		for (Map.Entry<Long, String> value : difference.values().entrySet()) {
			if (!value.getValue().equals(wider.values().get(value.getKey()))) {
				return false;
			}
		}
		return true;
	}

}
