package io.parallax.claims;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.claims.ClaimViews.Aligned;
import io.parallax.claims.ClaimViews.Mention;

/**
 * The rows of two articles side by side, one per pair of their sentences: a sentence may state the facts of several
 * claims, and shown once per claim it would be "in both" in one row and "only in" the next, and a pair of sentences
 * two claims share would be shown twice, differing in one row and consistent in the other. So a pair of sentences
 * is shown once, by its first claim in the story's order, or by the first that flags a difference; a sentence one
 * row already pairs with the other article's is not shown again as reported by one article alone.
 */
final class AlignedRows {

	private AlignedRows() {
	}

	static List<Aligned> distinct(List<Aligned> rows) {
		Map<List<Long>, Aligned> byPair = new LinkedHashMap<>();
		Set<Long> paired = new HashSet<>();
		for (Aligned row : rows) {
			if (row.a() != null && row.b() != null) {
				paired.add(row.a().sentenceId());
				paired.add(row.b().sentenceId());
			}
			byPair.merge(List.of(sentence(row.a()), sentence(row.b())), row,
					(first, next) -> !flagged(first) && flagged(next) ? next : first);
		}
		List<Aligned> distinct = new ArrayList<>();
		for (Aligned row : byPair.values()) {
			Mention alone = row.a() == null ? row.b() : row.b() == null ? row.a() : null;
			if (alone == null || !paired.contains(alone.sentenceId())) {
				distinct.add(row);
			}
		}
		return distinct;
	}

	private static long sentence(Mention mention) {
		return mention == null ? -1 : mention.sentenceId();
	}

	private static boolean flagged(Aligned row) {
		return !row.claim().firmKinds().isEmpty();
	}

}
