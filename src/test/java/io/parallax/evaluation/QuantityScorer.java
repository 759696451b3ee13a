package io.parallax.evaluation;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Scores numbers and dates apart: a date is right when it resolves to the day, month or year the reader
 * resolved it to (at the precision the text gives), a number when its value is the reader's.
 */
final class QuantityScorer {

	private QuantityScorer() {
	}

	static Pairing dates(JsonNode expected, Map<String, JsonNode> quantities) {
		return Pairing.of(only(expected, q -> isDate(q)), found(quantities, QuantityScorer::isDate), QuantityScorer::same,
				(want, got) -> want.has("resolvedDate") ? want.get("resolvedDate").asString().equals(resolved(got)) : null);
	}

	static Pairing numbers(JsonNode expected, Map<String, JsonNode> quantities) {
		return Pairing.of(only(expected, q -> !isDate(q)), found(quantities, q -> !isDate(q)), QuantityScorer::same,
				(want, got) -> want.has("value") && want.get("value").isNumber() ? sameValue(want, got) : null);
	}

	private static boolean same(JsonNode want, JsonNode got) {
		String a = Names.norm(want.get("text").asString());
		String b = Names.norm(got.get("text").asString());
		return want.get("kind").asString().equals(got.get("kind").asString()) && !b.isEmpty()
				&& (a.contains(b) || b.contains(a));
	}

	private static Boolean sameValue(JsonNode want, JsonNode got) {
		if (!got.hasNonNull("value")) {
			return false;
		}
		BigDecimal a = want.get("value").decimalValue();
		BigDecimal b = got.get("value").decimalValue();
		return a.subtract(b).abs().compareTo(a.abs().multiply(new BigDecimal("0.005"))) <= 0;
	}

	/**
	 * The found date at its precision: "2019-06" for a month, "2019" for a year, the day otherwise; a season or a
	 * decade, which the readers' format cannot write, as its year.
	 */
	static String resolved(JsonNode got) {
		if (!got.hasNonNull("resolvedDate")) {
			return null;
		}
		String date = got.get("resolvedDate").asString();
		String precision = got.hasNonNull("precision") ? got.get("precision").asString() : "DAY";
		return switch (precision) {
			case "YEAR", "SEASON", "DECADE" -> date.substring(0, 4);
			case "MONTH" -> date.substring(0, 7);
			default -> date;
		};
	}

	private static boolean isDate(JsonNode quantity) {
		return quantity.get("kind").asString().equals("DATE");
	}

	private static JsonNode only(JsonNode byFile, Predicate<JsonNode> keep) {
		ObjectNode kept = JsonNodeFactory.instance.objectNode();
		for (var entry : byFile.properties()) {
			var list = kept.putArray(entry.getKey());
			entry.getValue().forEach(q -> {
				if (keep.test(q)) {
					list.add(q);
				}
			});
		}
		return kept;
	}

	private static Map<String, List<JsonNode>> found(Map<String, JsonNode> quantities, Predicate<JsonNode> keep) {
		Map<String, List<JsonNode>> found = new LinkedHashMap<>();
		quantities.forEach((file, list) -> {
			List<JsonNode> kept = new ArrayList<>();
			list.forEach(q -> {
				if (keep.test(q)) {
					kept.add(q);
				}
			});
			found.put(file, kept);
		});
		return found;
	}

}
