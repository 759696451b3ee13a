package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Measures the claim alignment of the seed story against the groups a careful reader makes
 * (claims-expected.json), as pairwise precision, recall and F1, and the recall of the discrepancies; prints them.
 */
@IntegrationTest
class ClaimQualityTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static JsonNode expected;

	@Autowired
	private MockMvcTester mvc;

	private JsonNode claims;

	private Map<Long, String[]> sentences;

	@BeforeAll
	static void readExpectations() throws IOException {
		try (InputStream in = ClaimQualityTest.class.getResourceAsStream("/claims-expected.json")) {
			expected = JSON.readTree(in);
		}
	}

	@BeforeEach
	void readClaims() {
		String slug = get("/api/stories").valueStream().map(s -> s.get("slug").asString())
			.filter(s -> !s.startsWith("test-")).findFirst().orElseThrow();
		claims = get("/api/stories/" + slug + "/claims");
		sentences = new HashMap<>();
		claims.forEach(c -> c.get("mentions").forEach(m -> sentences.put(m.get("sentenceId").asLong(),
				new String[] { m.get("sourceFile").asString(), m.get("sentence").asString() })));
	}

	@Test
	void alignsTheClaimsACarefulReaderAligns() {
		Set<Set<Long>> expectedPairs = new HashSet<>();
		for (JsonNode group : expected.get("groups")) {
			List<Long> ids = new ArrayList<>();
			group.get("members").forEach(m -> ids.add(sentenceId(m)));
			addPairs(ids, expectedPairs);
		}
		Set<Set<Long>> foundPairs = new HashSet<>();
		for (JsonNode claim : claims) {
			List<Long> ids = new ArrayList<>();
			claim.get("mentions").forEach(m -> ids.add(m.get("sentenceId").asLong()));
			addPairs(ids, foundPairs);
		}
		Set<Set<Long>> right = new HashSet<>(foundPairs);
		right.retainAll(expectedPairs);
		double precision = foundPairs.isEmpty() ? 0 : (double) right.size() / foundPairs.size();
		double recall = (double) right.size() / expectedPairs.size();
		double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
		System.out.printf("claims: pairwise precision %.2f (%d of %d pairs found), recall %.2f (%d of %d), F1 %.2f%n",
				precision, right.size(), foundPairs.size(), recall, right.size(), expectedPairs.size(), f1);
		expectedPairs.stream().filter(p -> !foundPairs.contains(p)).forEach(p -> System.out.println("  missed: " + describe(p)));
		foundPairs.stream().filter(p -> !expectedPairs.contains(p)).forEach(p -> System.out.println("  extra: " + describe(p)));
		assertThat(precision).isGreaterThanOrEqualTo(0.6);
		assertThat(recall).isGreaterThanOrEqualTo(0.5);
	}

	@Test
	void findsWhereTheOutletsDisagree() {
		int found = 0;
		for (JsonNode discrepancy : expected.get("discrepancies")) {
			long member = sentenceId(discrepancy.get("member"));
			String kind = discrepancy.get("kind").asString();
			boolean flagged = claims.valueStream()
				.filter(c -> c.get("mentions").valueStream().anyMatch(m -> m.get("sentenceId").asLong() == member))
				.anyMatch(c -> c.get("differences").valueStream().anyMatch(d -> d.get("kind").asString().equals(kind)));
			found += flagged ? 1 : 0;
			if (!flagged) {
				System.out.println("  discrepancy not found: " + discrepancy);
			}
		}
		int total = expected.get("discrepancies").size();
		System.out.printf("claims: discrepancy recall %.2f (%d of %d)%n", (double) found / total, found, total);
		assertThat(found).isGreaterThanOrEqualTo(total - 2);
	}

	private long sentenceId(JsonNode member) {
		String file = member.get(0).asString();
		String prefix = member.get(1).asString();
		return sentences.entrySet().stream()
			.filter(e -> e.getValue()[0].equals(file) && e.getValue()[1].startsWith(prefix))
			.map(Map.Entry::getKey)
			.findFirst()
			.orElseThrow(() -> new AssertionError("no sentence in " + file + " starts with " + prefix));
	}

	private String describe(Set<Long> pair) {
		return pair.stream().map(id -> sentences.get(id)[0].substring(0, 3) + ":" + sentences.get(id)[1].substring(0,
				Math.min(50, sentences.get(id)[1].length()))).toList().toString();
	}

	private static void addPairs(List<Long> ids, Set<Set<Long>> pairs) {
		for (int i = 0; i < ids.size(); i++) {
			for (int j = i + 1; j < ids.size(); j++) {
				if (!ids.get(i).equals(ids.get(j))) {
					pairs.add(Set.of(ids.get(i), ids.get(j)));
				}
			}
		}
	}

	private JsonNode get(String uri) {
		return JSON.readTree(mvc.get().uri(uri).assertThat().bodyText().actual());
	}

}
