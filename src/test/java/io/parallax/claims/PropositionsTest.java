package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import io.parallax.text.ContentWords;
import org.junit.jupiter.api.Test;

/**
 * A sentence that states two facts, each reported by another article in a sentence of its own, is a member of
 * both claims; compared whole, it would be like neither. The clauses are given as the analysis splits them
 * ({@code analysis/ClauseSplitterTest} checks the splitting; {@code StoredClausesTest} the two together).
 */
class PropositionsTest {

	private static final float[] VECTOR = { 1f, 0f, 0f };

	private static long ids = 1;

	private static ClaimSentence sentence(long article, String text) {
		long id = ids++;
		SentenceFacts facts = new SentenceFacts(id, Set.of(), List.of(), List.of());
		return new ClaimSentence(id, article, (int) id, 0, text, VECTOR, ContentWords.of(text),
				ClaimSentence.narrativeOf(text, facts), facts, ContentWords.negated(text));
	}

	@Test
	void aSentenceOfTwoFactsJoinsTheClaimOfEach() {
		ClaimSentence both = sentence(1, "The harbour authority closed the eastern terminal on Sunday, and dockworkers "
				+ "walked out over unpaid overtime.");
		ClaimSentence closed = sentence(2, "The eastern terminal was closed by the harbour authority on Sunday.");
		ClaimSentence strike = sentence(3, "Dockworkers walked out in a dispute over unpaid overtime.");
		List<ClaimSentence> sentences = new ArrayList<>(List.of(both, closed, strike));
		for (String other : List.of("Ships queued outside the port for a second day.",
				"The port handles a fifth of the country's grain exports.", "A union meeting is planned for Friday.",
				"Shipping companies warned of delays to deliveries.")) {
			sentences.add(sentence(4, other));
		}
		List<ClaimSentence> clauses = Propositions.of(sentences, s -> s == both
				? List.of("The harbour authority closed the eastern terminal on Sunday",
						"dockworkers walked out over unpaid overtime")
				: List.of(s.text()));
		assertThat(clauses.stream().filter(c -> c.id().equals(both.id()))).hasSize(2).allMatch(ClaimSentence::part);

		List<ClaimWriter.RankedClaim> claims = ClaimService.compare(sentences, clauses, List.of(), Map.of());

		assertThat(claims).filteredOn(c -> ids(c).contains(both.id()) && c.claim().articles().size() >= 2)
			.extracting(PropositionsTest::ids)
			.containsExactlyInAnyOrder(Set.of(both.id(), closed.id()), Set.of(both.id(), strike.id()));
		// a sentence that is a member of a shared claim is not also a claim of its own
		assertThat(claims).filteredOn(c -> c.claim().articles().size() == 1)
			.noneMatch(c -> ids(c).contains(both.id()));
	}

	private static Set<Long> ids(ClaimWriter.RankedClaim claim) {
		Set<Long> ids = new java.util.HashSet<>();
		claim.claim().sentences().forEach(s -> ids.add(s.id()));
		return ids;
	}

}
