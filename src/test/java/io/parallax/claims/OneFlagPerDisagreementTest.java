package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.claims.ClaimWriter.RankedClaim;
import org.junit.jupiter.api.Test;

/**
 * One disagreement, one flag: a claim whose flag shows only values another claim's flag shows keeps them as worth
 * checking.
 */
class OneFlagPerDisagreementTest {

	private static final DraftClaim ANY = new DraftClaim(new SentenceSimilarity(List.of()));

	@Test
	void aFlagWhoseValuesAnotherShowsIsWorthChecking() {
		RankedClaim visits = claim(new ClaimDifference("NUMBER", Map.of(1L, "fifth time", 3L, "four trips"), true));
		RankedClaim meeting = claim(
				new ClaimDifference("NUMBER", Map.of(1L, "fifth time", 2L, "four times", 3L, "four trips"), true));
		RankedClaim fire = claim(new ClaimDifference("NUMBER", Map.of(4L, "fourteen", 5L, "nine"), true));
		RankedClaim sameAsFire = claim(new ClaimDifference("NUMBER", Map.of(4L, "fourteen", 5L, "nine"), true));
		RankedClaim quote = claim(new ClaimDifference("WORDING", Map.of(1L, "fifth time", 3L, "four trips"), true));

		List<RankedClaim> flagged = OneFlagPerDisagreement.of(List.of(visits, meeting, fire, sameAsFire, quote));

		assertThat(flagged).extracting(c -> c.differences().get(0).firm()).containsExactly(false, true, true, false, true);
		assertThat(flagged.get(0).differences().get(0).values()).as("still shown, as worth checking").hasSize(2);
	}

	private static RankedClaim claim(ClaimDifference difference) {
		return new RankedClaim(ANY, 1, List.of(difference), Set.of());
	}

}
