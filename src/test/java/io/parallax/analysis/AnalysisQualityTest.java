package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.BiPredicate;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Measures the analysis of the seed story against what a careful reader lists (analysis-expected.json, written
 * by hand), through the API as a journalist's script reads it, and prints precision and recall.
 */
@IntegrationTest
class AnalysisQualityTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static JsonNode expected;

	@Autowired
	private MockMvcTester mvc;

	private String slug;

	private Map<String, Long> articleIds;

	private Map<Long, String> entityNames;

	@BeforeAll
	static void readExpectations() throws IOException {
		try (InputStream in = AnalysisQualityTest.class.getResourceAsStream("/analysis-expected.json")) {
			expected = JSON.readTree(in);
		}
	}

	@BeforeEach
	void readStory() {
		JsonNode stories = get("/api/stories");
		slug = stories.valueStream().map(s -> s.get("slug").asString()).filter(s -> !s.startsWith("test-")).findFirst()
			.orElseThrow();
		articleIds = new HashMap<>();
		get("/api/stories/" + slug).get("articles")
			.forEach(a -> articleIds.put(a.get("sourceFile").asString(), a.get("id").asLong()));
		entityNames = new HashMap<>();
		get("/api/stories/" + slug + "/entities").forEach(e -> entityNames.put(e.get("id").asLong(), e.get("name").asString()));
	}

	@Test
	void findsEveryQuoteWithItsSpeaker() {
		List<Found> found = new ArrayList<>();
		for (JsonNode quote : get("/api/stories/" + slug + "/quotes")) {
			String speaker = quote.get("speaker").isNull() ? null : quote.get("speaker").asString();
			for (JsonNode instance : quote.get("instances")) {
				found.add(new Found(instance.get("sourceFile").asString(), instance.get("quotedText").asString(), speaker,
						instance.get("partial").asBoolean()));
			}
		}
		Score score = match(expected.get("quotes"), found, (want, got) -> norm(got.text()).startsWith(norm(want.get("text").asString())),
				(want, got) -> norm(want.get("speaker").asString()).equals(norm(got.label())));
		long partialRight = score.pairs().stream().filter(p -> p.want().get("partial").asBoolean() == p.got().flag()).count();
		score.print("quotes", "right speaker");
		System.out.printf("quotes: full/partial right for %d of %d matched%n", partialRight, score.pairs().size());
		assertThat(score.recall()).isGreaterThanOrEqualTo(0.95);
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.95);
		assertThat(score.detailAccuracy()).isGreaterThanOrEqualTo(0.9);
	}

	@Test
	void unifiesThePeopleOrganisationsAndPlacesOfTheStory() {
		JsonNode entities = get("/api/stories/" + slug + "/entities");
		int found = 0;
		int kindRight = 0;
		int aliases = 0;
		int aliasesUnified = 0;
		List<String> missing = new ArrayList<>();
		for (JsonNode want : expected.get("entities")) {
			JsonNode entity = entityNamed(entities, want.get("name").asString());
			if (entity == null) {
				missing.add(want.get("name").asString());
				continue;
			}
			found++;
			kindRight += entity.get("kind").asString().equals(want.get("kind").asString()) ? 1 : 0;
			for (JsonNode alias : want.get("aliases")) {
				aliases++;
				aliasesUnified += entityNamed(entities, alias.asString()) == entity ? 1 : 0;
			}
		}
		long known = entities.valueStream().filter(e -> isExpectedEntity(e)).count();
		double recall = (double) found / expected.get("entities").size();
		double precision = (double) known / entities.size();
		System.out.printf("entities: precision %.2f (%d of %d found are real), recall %.2f (%d of %d), kind right %d of %d,"
				+ " aliases unified %d of %d; missing %s%n", precision, known, entities.size(), recall, found,
				expected.get("entities").size(), kindRight, found, aliasesUnified, aliases, missing);
		assertThat(recall).isGreaterThanOrEqualTo(0.85);
		assertThat(precision).isGreaterThanOrEqualTo(0.8);
		assertThat(aliasesUnified).isEqualTo(aliases);
	}

	@Test
	void findsWhomEachOutletCites() {
		List<Found> found = new ArrayList<>();
		articleIds.forEach((file, id) -> get("/api/articles/" + id + "/attributions").forEach(a -> {
			String source = a.get("entityId").isNull() ? a.get("source").asString()
					: entityNames.getOrDefault(a.get("entityId").asLong(), a.get("source").asString());
			found.add(new Found(file, source, a.get("kind").asString(), false));
		}));
		List<Found> distinct = found.stream().distinct().toList();
		Score score = match(expected.get("sources"), dedupe(distinct),
				(want, got) -> norm(got.text()).equals(norm(want.get("source").asString())),
				(want, got) -> want.get("kind").asString().equals(got.label()));
		score.print("cited sources", "right kind");
		assertThat(score.recall()).isGreaterThanOrEqualTo(0.75);
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.75);
	}

	@Test
	void findsTheNumbersAndDatesAndResolvesDatesAgainstThePublicationDate() {
		List<Found> found = new ArrayList<>();
		Map<Found, String> resolved = new HashMap<>();
		articleIds.forEach((file, id) -> get("/api/articles/" + id + "/quantities").forEach(q -> {
			Found f = new Found(file, q.get("text").asString(), q.get("kind").asString(), false);
			found.add(f);
			resolved.put(f, q.get("resolvedDate").isNull() ? null : q.get("resolvedDate").asString());
		}));
		Score score = match(expected.get("quantities"), found,
				(want, got) -> want.get("kind").asString().equals(got.label())
						&& (norm(got.text()).contains(norm(want.get("text").asString()))
								|| norm(want.get("text").asString()).contains(norm(got.text()))),
				(want, got) -> !want.has("resolvedDate")
						|| want.get("resolvedDate").asString().equals(resolved.get(got)));
		score.print("quantities and dates", "resolved date right (where one is expected)");
		assertThat(score.recall()).isGreaterThanOrEqualTo(0.85);
		assertThat(score.precision()).isGreaterThanOrEqualTo(0.85);
		assertThat(score.detailAccuracy()).isEqualTo(1.0);
	}

	private JsonNode entityNamed(JsonNode entities, String name) {
		for (JsonNode entity : entities) {
			if (norm(entity.get("name").asString()).equals(norm(name))
					|| entity.get("aliases").valueStream().anyMatch(a -> norm(a.asString()).equals(norm(name)))) {
				return entity;
			}
		}
		return null;
	}

	private static boolean isExpectedEntity(JsonNode entity) {
		return expected.get("entities").valueStream().anyMatch(want -> norm(want.get("name").asString())
			.equals(norm(entity.get("name").asString()))
				|| want.get("aliases").valueStream().anyMatch(a -> norm(a.asString()).equals(norm(entity.get("name").asString()))));
	}

	/** One thing found in one file: its text, a label (speaker, kind) and a flag (partial). */
	record Found(String file, String text, String label, boolean flag) {
	}

	record Pair(JsonNode want, Found got) {
	}

	record Score(int expected, int found, List<Pair> pairs, long detailRight) {

		double recall() {
			return expected == 0 ? 1 : (double) pairs.size() / expected;
		}

		double precision() {
			return found == 0 ? 1 : (double) pairs.size() / found;
		}

		double detailAccuracy() {
			return pairs.isEmpty() ? 0 : (double) detailRight / pairs.size();
		}

		void print(String what, String detail) {
			System.out.printf("%s: precision %.2f (%d of %d found), recall %.2f (%d of %d expected), %s %d of %d%n", what,
					precision(), pairs.size(), found, recall(), pairs.size(), expected, detail, detailRight, pairs.size());
		}

	}

	/** Pairs each expected item with at most one found item of the same file, greedily, in reading order. */
	private static Score match(JsonNode byFile, List<Found> found, BiPredicate<JsonNode, Found> same,
			BiPredicate<JsonNode, Found> detailRight) {
		List<Found> unmatched = new ArrayList<>(found);
		List<Pair> pairs = new ArrayList<>();
		int expectedCount = 0;
		for (var entry : byFile.properties()) {
			for (JsonNode want : entry.getValue()) {
				expectedCount++;
				Found got = unmatched.stream()
					.filter(f -> f.file().equals(entry.getKey()) && same.test(want, f))
					.findFirst()
					.orElse(null);
				if (got != null) {
					unmatched.remove(got);
					pairs.add(new Pair(want, got));
				}
				else {
					System.out.printf("  not found in %s: %s%n", entry.getKey(), want);
				}
			}
		}
		unmatched.forEach(f -> System.out.printf("  found but not expected: %s%n", f));
		long right = pairs.stream().filter(p -> detailRight.test(p.want(), p.got())).count();
		pairs.stream().filter(p -> !detailRight.test(p.want(), p.got()))
			.forEach(p -> System.out.printf("  wrong detail: expected %s, found %s%n", p.want(), p.got()));
		return new Score(expectedCount, found.size(), pairs, right);
	}

	private static List<Found> dedupe(List<Found> found) {
		Map<String, Found> byKey = new java.util.LinkedHashMap<>();
		found.forEach(f -> byKey.putIfAbsent(f.file() + "|" + norm(f.text()), f));
		return new ArrayList<>(byKey.values());
	}

	private static String norm(String text) {
		return Objects.requireNonNullElse(text, "").toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
	}

	private JsonNode get(String uri) {
		return JSON.readTree(mvc.get().uri(uri).assertThat().hasStatusOk().bodyText().actual());
	}

}
