package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.DisagreementStory;
import io.parallax.IntegrationTest;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The story summary with its sources, the article summaries, key facts and the timeline, in pages and API.
 */
@IntegrationTest
class SummaryPagesTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	private SeedStory seeds;

	@BeforeEach
	void findSeeds() {
		seeds = new SeedStory(mvc);
	}

	@Test
	void theStoryOpensWithASummaryWhoseSentencesNameTheirSources() {
		String page = text("/stories/" + seeds.slug());
		assertThat(page).contains("What happened", "About this summary", "independent origin", "From ", "Key facts",
				"$200 million");
		assertThat(page.split("class=\"summary-text\"")).hasSize(7);
		assertThat(text("/stories/" + seeds.slug() + "?sentences=3").split("class=\"summary-text\"")).hasSize(4);
		assertThat(text("/stories/" + seeds.slug() + "/summary/about")).contains("word pairs", "ROUGE-1");
	}

	@Test
	void theSummaryApiGivesEachSentenceItsArticleClaimAndSupport() {
		var json = assertThat(mvc.get().uri("/api/stories/{slug}/summary?sentences=8", seeds.slug())).hasStatusOk()
			.bodyJson();
		json.extractingPath("$.method").asString().contains("word pairs the articles share");
		json.extractingPath("$.sentences.length()").isEqualTo(8);
		json.extractingPath("$.sentences[0]").asMap()
			.containsKeys("text", "articleId", "sourceFile", "sentenceId", "claimId", "supportingArticleIds",
					"independentOrigins");
	}

	@Test
	void eachArticleHasTwoOrThreeKeySentences() {
		long id = seeds.articleId("002_7a0600d7a3d15911.txt");
		var json = assertThat(mvc.get().uri("/api/articles/{id}/summary", id)).hasStatusOk().bodyJson();
		json.extractingPath("$.sentences.length()").asNumber().satisfies(n -> assertThat(n.intValue()).isBetween(2, 3));
		assertThat(text("/articles/" + id)).contains("In brief");
	}

	@Test
	void theTimelineResolvesTheDatesOfAnArticleThatStatesItsDate() {
		var json = assertThat(mvc.get().uri("/api/stories/{slug}/timeline", seeds.slug())).hasStatusOk().bodyJson();
		json.extractingPath("$[?(@.dateText == 'Tuesday')].date").asArray().contains("2025-08-05");
		json.extractingPath("$[?(@.dateText == 'Friday')].date").asArray().contains("2025-08-08");
		json.extractingPath("$[?(@.dateText == 'June 2021')].date").asArray().contains("2021-06-01");
		json.extractingPath("$[?(@.dateText == 'June 2021')].precision").asArray().contains("MONTH");
		json.extractingPath("$[0]").asMap().containsKeys("date", "precision", "dateText", "description", "mentions");
		String page = text("/stories/" + seeds.slug() + "/timeline");
		assertThat(page).contains("Tuesday 5 August 2025", "Friday 8 August 2025", "June 2021", "Undated events")
			.doesNotContain("1 June 2021")
			.as("a date written as it is shown is not repeated")
			.doesNotContain("(June 2021)");
	}

	@Test
	void aTimelineWithoutUndatedEventsHasNoHeadingForThem() throws Exception {
		String slug = DisagreementStory.imported(imports);
		assertThat(mvc.get().uri("/api/stories/{slug}/timeline", slug)).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.date == null)]")
			.asArray()
			.isEmpty();
		assertThat(text("/stories/" + slug + "/timeline")).contains("Dated events").doesNotContain("Undated events");
	}

	@Test
	void eachTimelineRowShowsTheSentenceThatHoldsItsDate() {
		var events = assertThat(mvc.get().uri("/api/stories/{slug}/timeline", seeds.slug())).hasStatusOk()
			.bodyJson()
			.extractingPath("$")
			.asArray()
			.actual();
		assertThat(events).isNotEmpty().allSatisfy(event -> {
			var row = (java.util.Map<?, ?>) event;
			assertThat((String) row.get("description")).contains((String) row.get("dateText"));
		});
	}

	@Test
	void keyFactsSayWhatEachNumberMeasures() {
		assertThat(text("/stories/" + seeds.slug())).contains("What it measures", "Money (USD)", "Count of ");
	}

	private String text(String uri) {
		return mvc.get().uri(uri).assertThat().hasStatusOk().bodyText().actual();
	}

}
