package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import tools.jackson.databind.JsonNode;

/**
 * Scores which pairs of articles are rewrites of one source text (they share narrative outside quotation marks),
 * as the story's overlap API marks them {@code derived}, against the pairs a reader found. A pair is named by its
 * two files in alphabetical order, so the order a reader wrote them in does not matter.
 */
final class DerivedPairScorer {

	record Result(Score score, List<String> missed, List<String> extra) {

		boolean exact() {
			return missed.isEmpty() && extra.isEmpty();
		}

	}

	private DerivedPairScorer() {
	}

	static Result score(JsonNode expectedPairs, StoryOutput output) {
		Set<String> expected = new TreeSet<>();
		if (expectedPairs != null) {
			expectedPairs.forEach(pair -> expected.add(pair(pair.get(0).asString(), pair.get(1).asString())));
		}
		Map<Long, String> files = new HashMap<>();
		output.articles().forEach((file, article) -> files.put(article.get("id").asLong(), file));
		Set<String> found = new TreeSet<>();
		for (JsonNode overlap : output.overlaps()) {
			if (overlap.get("derived").asBoolean()) {
				found.add(pair(files.get(overlap.get("a").asLong()), files.get(overlap.get("b").asLong())));
			}
		}
		List<String> missed = new ArrayList<>(expected);
		missed.removeAll(found);
		List<String> extra = new ArrayList<>(found);
		extra.removeAll(expected);
		int right = found.size() - extra.size();
		return new Result(Score.paired(found.size(), expected.size(), right), missed, extra);
	}

	private static String pair(String a, String b) {
		return a.compareTo(b) <= 0 ? a + " + " + b : b + " + " + a;
	}

}
