package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.claims.ClaimIdentity.Member;
import org.junit.jupiter.api.Test;

class ClaimIdentityTest {

	private static final Member A1 = new Member("a.txt", "The talks will be held in Alaska.");

	private static final Member B1 = new Member("b.txt", "The summit is set for Alaska.");

	private static final Member C1 = new Member("c.txt", "Alaska will host the talks.");

	private static final Member A2 = new Member("a.txt", "Putin accepted the invitation.");

	private static final Member B2 = new Member("b.txt", "The Kremlin said Putin accepted.");

	@Test
	void aClaimThatGainsAnArticleKeepsItsId() {
		var matching = ClaimIdentity.match(Map.of(10L, Set.of(A1, B1)), List.of(Set.of(A1, B1, C1)));
		assertThat(matching.ids()).containsExactly(Map.entry(0, 10L));
		assertThat(matching.successors()).isEmpty();
	}

	@Test
	void twoClaimsMergedKeepTheLargerOnesIdAndTheOtherLeadsToIt() {
		var matching = ClaimIdentity.match(Map.of(10L, Set.of(A1, B1), 11L, Set.of(C1)),
				List.of(Set.of(A1, B1, C1)));
		assertThat(matching.ids()).containsExactly(Map.entry(0, 10L));
		assertThat(matching.successors()).containsExactly(Map.entry(11L, 0));
	}

	@Test
	void aClaimWhoseSentencesAllWentIsGoneAndANewOneGetsANewId() {
		var matching = ClaimIdentity.match(Map.of(10L, Set.of(A1, B1), 11L, Set.of(A2, B2)),
				List.of(Set.of(A1, B1), Set.of(C1)));
		assertThat(matching.ids()).containsExactly(Map.entry(0, 10L));
		assertThat(matching.successors()).isEmpty();
	}

	@Test
	void aClaimSplitInTwoKeepsItsIdForTheLargerPartWhenItHoldsHalf() {
		var matching = ClaimIdentity.match(Map.of(10L, Set.of(A1, B1, C1, A2)),
				List.of(Set.of(A1, B1), Set.of(C1)));
		assertThat(matching.ids()).containsExactly(Map.entry(0, 10L));
	}

	@Test
	void aSentenceInTwoClaimsCountsForBoth() {
		var matching = ClaimIdentity.match(Map.of(10L, Set.of(A1, B1), 11L, Set.of(A1, C1)),
				List.of(Set.of(A1, B1), Set.of(A1, C1)));
		assertThat(matching.ids()).containsOnly(Map.entry(0, 10L), Map.entry(1, 11L));
	}

	@Test
	void lessThanHalfSharedIsANewClaimAndTheOldOneLeadsToIt() {
		var matching = ClaimIdentity.match(Map.of(10L, Set.of(A1, B1, C1)), List.of(Set.of(A1, B2, A2)));
		assertThat(matching.ids()).isEmpty();
		assertThat(matching.successors()).containsExactly(Map.entry(10L, 0));
	}

}
