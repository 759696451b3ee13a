package io.parallax.claims;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The claims of a story from the groups of clauses the clustering made: a claim is shown by its sentences, so two
 * groups with the same sentences (two facts that the same articles state in the same sentences) are one claim, and
 * a sentence gets a claim of its own only when none of its clauses is shared with another article. Without this, a
 * sentence of three unshared clauses would be three single-source claims, all reading the same.
 */
final class OneClaimPerFact {

	private OneClaimPerFact() {
	}

	static List<DraftClaim> of(Collection<DraftClaim> groups) {
		Map<Set<Long>, DraftClaim> shared = new LinkedHashMap<>();
		Set<Long> inShared = new HashSet<>();
		for (DraftClaim group : groups) {
			if (group.articles().size() >= 2) {
				Set<Long> sentences = sentenceIds(group);
				if (shared.putIfAbsent(sentences, group) == null) {
					inShared.addAll(sentences);
				}
			}
		}
		List<DraftClaim> claims = new ArrayList<>(shared.values());
		shownByDifferentSentences(claims);
		Set<Long> alone = new HashSet<>();
		for (DraftClaim group : groups) {
			if (group.articles().size() < 2) {
				Long sentence = group.sentences().get(0).id();
				if (!inShared.contains(sentence) && alone.add(sentence)) {
					claims.add(group);
				}
			}
		}
		return claims;
	}

	/** The widest claims first choose the sentence that shows them; the others one that shows no other claim. */
	private static void shownByDifferentSentences(List<DraftClaim> claims) {
		Set<Long> shown = new HashSet<>();
		claims.stream()
			.sorted(Comparator.comparingInt((DraftClaim c) -> c.articles().size()).reversed())
			.forEach(claim -> {
				claim.representedOtherThan(shown);
				shown.add(claim.representative().id());
			});
	}

	private static Set<Long> sentenceIds(DraftClaim claim) {
		Set<Long> ids = new HashSet<>();
		claim.sentences().forEach(s -> ids.add(s.id()));
		return ids;
	}

}
