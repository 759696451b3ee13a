package io.parallax.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Scores the seed story's summary, as the API gives it, against a summary written by hand from the five articles
 * (summary-reference.txt), with ROUGE-1 and ROUGE-2; prints the scores.
 */
@IntegrationTest
class SummaryQualityTest {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Autowired
	private MockMvcTester mvc;

	@Test
	void theSummaryCoversWhatAReaderWouldSummarise() throws IOException {
		String reference;
		try (InputStream in = getClass().getResourceAsStream("/summary-reference.txt")) {
			reference = new String(in.readAllBytes(), StandardCharsets.UTF_8);
		}
		String slug = JSON.readTree(mvc.get().uri("/api/stories").assertThat().bodyText().actual())
			.valueStream().map(s -> s.get("slug").asString()).filter(s -> !s.startsWith("test-")).findFirst().orElseThrow();
		JsonNode summary = JSON.readTree(mvc.get().uri("/api/stories/{slug}/summary?sentences=6", slug).assertThat()
			.bodyText().actual());
		StringBuilder text = new StringBuilder();
		summary.get("sentences").forEach(s -> text.append(s.get("text").asString()).append('\n'));
		double rouge1 = Rouge.f1(text.toString(), reference, 1);
		double rouge2 = Rouge.f1(text.toString(), reference, 2);
		System.out.printf("summary: ROUGE-1 F %.3f, ROUGE-2 F %.3f against the hand-written reference (6 sentences)%n",
				rouge1, rouge2);
		assertThat(summary.get("sentences")).hasSize(6);
		assertThat(rouge1).isGreaterThan(0.35);
		assertThat(rouge2).isGreaterThan(0.08);
	}

}
