package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The analysis API with the field names scripts rely on.
 */
@IntegrationTest
class AnalysisApiTest {

	@Autowired
	private MockMvcTester mvc;

	private SeedStory seeds;

	@BeforeEach
	void findSeeds() {
		seeds = new SeedStory(mvc);
	}

	@Test
	void listsEachDistinctQuoteWithItsWordings() {
		var json = assertThat(mvc.get().uri("/api/stories/{slug}/quotes", seeds.slug())).hasStatusOk().bodyJson();
		json.extractingPath("$[?(@.text == 'Great progress was made!')].speaker").asArray().containsExactly("Donald Trump");
		json.extractingPath("$[?(@.text == 'Great progress was made!')].venue").asArray().containsExactly("Truth Social");
		json.extractingPath("$[?(@.text == 'Great progress was made!')].instances[*].sourceFile").asArray()
			.containsExactlyInAnyOrder("003_9fc65ddf9e96fd78.txt", "004_c8385735afe06fd6.txt");
		json.extractingPath("$[0].instances[0]").asMap()
			.containsKeys("articleId", "sourceFile", "quotedText", "sentenceId", "sentence", "start", "end", "partial");
		json.extractingPath("$[0]").asMap().containsKeys("id", "text", "speaker", "speakerEntityId", "partial", "venue");
	}

	@Test
	void listsTheEntitiesWithAliasesRolesAndArticles() {
		var json = assertThat(mvc.get().uri("/api/stories/{slug}/entities", seeds.slug())).hasStatusOk().bodyJson();
		json.extractingPath("$[?(@.name == 'Volodymyr Zelensky')].aliases[*]").asArray().contains("Zelenskiy", "Zelensky");
		json.extractingPath("$[?(@.name == 'Yuri Ushakov')].roles[*]").asArray().contains("Kremlin aide");
		json.extractingPath("$[?(@.name == 'Yuri Ushakov')].kind").asArray().containsExactly("PERSON");
		json.extractingPath("$[?(@.name == 'Istanbul')].kind").asArray().containsExactly("PLACE");
		json.extractingPath("$[?(@.name == 'Donald Trump')].articleIds.length()").asArray().containsExactly(5);
	}

	@Test
	void listsWhomAnArticleCites() {
		long id = seeds.articleId("003_9fc65ddf9e96fd78.txt");
		var json = assertThat(mvc.get().uri("/api/articles/{id}/attributions", id)).hasStatusOk().bodyJson();
		json.extractingPath("$[?(@.source == 'Interfax')].kind").asArray().contains("MEDIA");
		json.extractingPath("$[?(@.source == 'several people with knowledge of the call')].kind").asArray()
			.containsExactly("ANONYMOUS");
		json.extractingPath("$[0]").asMap().containsKeys("source", "kind", "entityId", "sentenceId", "sentence", "cue");
	}

	@Test
	void listsAnArticlesNumbersAndResolvesItsDates() {
		long id = seeds.articleId("002_7a0600d7a3d15911.txt");
		var json = assertThat(mvc.get().uri("/api/articles/{id}/quantities", id)).hasStatusOk().bodyJson();
		json.extractingPath("$[?(@.text == '$200m')].value").asArray().containsExactly(200000000);
		json.extractingPath("$[?(@.text == '£150m')].unit").asArray().containsExactly("GBP");
		json.extractingPath("$[?(@.text == 'Friday')].resolvedDate").asArray().contains("2025-08-08");
		json.extractingPath("$[?(@.text == 'Last month')].resolvedDate").asArray().containsExactly("2025-07-01");
		json.extractingPath("$[?(@.text == 'Last month')].precision").asArray().containsExactly("MONTH");
		assertThat(mvc.get().uri("/api/articles/{id}/quantities", seeds.articleId("000_493ea4d1bb318be5.txt")))
			.bodyJson()
			.extractingPath("$[?(@.text == 'four trips')].unit")
			.asArray()
			.containsExactly("trips");
	}

	@Test
	void answersUnknownStoriesAndArticlesWithProblemDetails() {
		for (String uri : new String[] { "/api/stories/no-such-story/quotes", "/api/stories/no-such-story/entities",
				"/api/articles/999999/attributions", "/api/articles/999999/quantities", "/api/entities/999999" }) {
			assertThat(mvc.get().uri(uri)).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
		}
	}

}
