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
		for (RankedClaim claim : claims) {
			List<ClaimDifference> differences = new ArrayList<>(claim.differences().size());
			for (ClaimDifference difference : claim.differences()) {
				differences.add(difference.firm() && shownElsewhere(difference, flags)
						? new ClaimDifference(difference.kind(), difference.values(), false) : difference);
			}
			result.add(new RankedClaim(claim.claim(), claim.origins(), differences, claim.omittedBy()));
		}
		return result;
	}

	/** Whether another flag shows all of this one's values and more, or the same values in a claim listed first. */
	private static boolean shownElsewhere(ClaimDifference difference, List<ClaimDifference> flags) {
		// by identity: two claims' flags of the same values are equal records
		int at = 0;
		while (flags.get(at) != difference) {
			at++;
		}
		for (int i = 0; i < flags.size(); i++) {
			ClaimDifference other = flags.get(i);
			boolean wider = other.values().size() > difference.values().size();
			boolean sameFirst = other.values().size() == difference.values().size() && i < at;
			if (other != difference && (wider || sameFirst) && shows(other, difference)) {
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
