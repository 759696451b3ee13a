package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.parallax.claims.ClaimViews.Aligned;
import io.parallax.claims.ClaimViews.Listed;
import io.parallax.claims.ClaimViews.Mention;
import org.junit.jupiter.api.Test;

/**
 * Two articles side by side show each pair of sentences once, and never a sentence as one article's alone when a
 * row pairs it with the other's.
 */
class AlignedRowsTest {

	private static final Mention TRIPS = mention(1L, 11L, "Witkoff has made four trips to Moscow this year.");

	private static final Mention FIFTH = mention(2L, 21L, "Witkoff met Putin for the fifth time.");

	private static final Mention WAR = mention(2L, 22L, "The war is now in its fourth year.");

	@Test
	void aPairOfSentencesTwoClaimsShareIsOneRowTheFlaggedOne() {
		Aligned consistent = new Aligned(claim(1L, List.of()), TRIPS, FIFTH);
		Aligned differs = new Aligned(claim(2L, List.of("NUMBER")), TRIPS, FIFTH);
		assertThat(AlignedRows.distinct(List.of(consistent, differs))).containsExactly(differs);
	}

	@Test
	void aSentencePairedInOneRowIsNotAlsoShownAsReportedByOneArticleAlone() {
		Aligned both = new Aligned(claim(1L, List.of()), TRIPS, FIFTH);
		Aligned aloneAgain = new Aligned(claim(2L, List.of()), TRIPS, null);
		Aligned otherAlone = new Aligned(claim(3L, List.of()), null, WAR);
		assertThat(AlignedRows.distinct(List.of(aloneAgain, both, otherAlone))).containsExactly(both, otherAlone);
	}

	@Test
	void differentPairsAreDifferentRows() {
		Aligned first = new Aligned(claim(1L, List.of()), TRIPS, FIFTH);
		Aligned second = new Aligned(claim(2L, List.of()), TRIPS, WAR);
		assertThat(AlignedRows.distinct(List.of(first, second))).containsExactly(first, second);
	}

	private static Listed claim(Long id, List<String> firmKinds) {
		return new Listed(id, "claim " + id, firmKinds.isEmpty() ? "CONSISTENT" : "DISCREPANT", 2, 2, 0, firmKinds,
				List.of(), List.of());
	}

	private static Mention mention(Long article, long sentence, String text) {
		return new Mention(article, article + ".txt", "Outlet " + article, sentence, text, 0, List.of());
	}

}
