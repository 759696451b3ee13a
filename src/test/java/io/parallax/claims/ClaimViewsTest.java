package io.parallax.claims;

import java.util.List;
import java.util.Map;

import io.parallax.claims.ClaimViews.Claim;
import io.parallax.claims.ClaimViews.Difference;
import io.parallax.claims.ClaimViews.Listed;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ClaimViewsTest {

	@Test
	void aClaimWhoseArticlesDifferInAWayWorthCheckingIsNotCalledConsistent() {
		assertThat(listed("CONSISTENT", List.of()).badge()).isEqualTo("CONSISTENT");
		assertThat(listed("CONSISTENT", List.of("CERTAINTY")).badge()).isEqualTo("CHECKING");
		assertThat(listed("DISCREPANT", List.of("DATE")).badge()).as("a flag says more").isEqualTo("DISCREPANT");
		assertThat(claim("CONSISTENT", new Difference("DATE", Map.of(1L, "Friday", 2L, "Wednesday"), false, null))
			.badge()).isEqualTo("CHECKING");
		assertThat(claim("CONSISTENT").badge()).isEqualTo("CONSISTENT");
	}

	private static Listed listed(String agreement, List<String> checkingKinds) {
		return new Listed(1L, "A claim.", agreement, 2, 2, 0, List.of(), checkingKinds, List.of());
	}

	private static Claim claim(String agreement, Difference... differences) {
		return new Claim(1L, "A claim.", agreement, 2, 0, 2, List.of(), List.of(), List.of(differences));
	}

}
