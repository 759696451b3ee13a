package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

import tools.jackson.databind.JsonNode;

/**
 * Pairs what a reader expected in each file with what the system found there, one to one, greedily in reading
 * order, and counts the pairs whose detail is right. Keeps the misses for the report.
 */
final class Pairing {

	record Pair(String file, JsonNode want, JsonNode got) {
	}

	final List<Pair> pairs = new ArrayList<>();

	final List<String> missed = new ArrayList<>();

	final List<String> extra = new ArrayList<>();

	final List<String> wrongDetail = new ArrayList<>();

	private int found;

	private int expected;

	private int detailRight;

	private int detailTotal;

	/**
	 * @param byFile expectations: a JSON object of file name to an array of expected items
	 * @param found what the system found, by file name
	 * @param same whether a found item is the expected one
	 * @param detail whether a pair's detail is right; null when nothing is checked for this pair
	 */
	static Pairing of(JsonNode byFile, Map<String, List<JsonNode>> found, BiPredicate<JsonNode, JsonNode> same,
			Detail detail) {
		Pairing pairing = new Pairing();
		found.values().forEach(list -> pairing.found += list.size());
		for (var entry : byFile.properties()) {
			List<JsonNode> unmatched = new ArrayList<>(found.getOrDefault(entry.getKey(), List.of()));
			for (JsonNode want : entry.getValue()) {
				pairing.expected++;
				JsonNode got = unmatched.stream().filter(f -> same.test(want, f)).findFirst().orElse(null);
				if (got == null) {
					pairing.missed.add(entry.getKey() + ": " + want);
					continue;
				}
				unmatched.remove(got);
				pairing.pairs.add(new Pair(entry.getKey(), want, got));
				Boolean right = detail.right(want, got);
				if (right != null) {
					pairing.detailTotal++;
					pairing.detailRight += right ? 1 : 0;
					if (!right) {
						pairing.wrongDetail.add(entry.getKey() + ": expected " + want + ", found " + got);
					}
				}
			}
			unmatched.forEach(f -> pairing.extra.add(entry.getKey() + ": " + f));
		}
		found.keySet().stream().filter(f -> !byFile.has(f))
			.forEach(f -> found.get(f).forEach(item -> pairing.extra.add(f + ": " + item)));
		return pairing;
	}

	Score score() {
		return Score.paired(found, expected, pairs.size()).withDetail(detailRight, detailTotal);
	}

	@FunctionalInterface
	interface Detail {

		/** True or false when the pair's detail is checked, null when this pair has none to check. */
		Boolean right(JsonNode want, JsonNode got);

	}

}
