package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The JSON API with the field names journalists script against.
 */
@IntegrationTest
class StoryApiTest {

	@Autowired
	private MockMvcTester mvc;

	private SeedStory seeds;

	@BeforeEach
	void findSeeds() {
		seeds = new SeedStory(mvc);
	}

	@Test
	void listsStoriesWithTheirArticleCounts() {
		assertThat(mvc.get().uri("/api/stories")).hasStatusOk()
			.bodyJson()
			.extractingPath("$[?(@.slug == '%s')].articleCount".formatted(seeds.slug()))
			.asArray()
			.containsExactly(5);
	}

	@Test
	void listsTheMostRecentlyReportedStoriesFirstWithTheDaysTheirArticlesCameOut() {
		var seedStory = assertThat(mvc.get().uri("/api/stories?size=100")).hasStatusOk().bodyJson();
		seedStory.extractingPath("$[?(@.slug == '%s')].firstPublished".formatted(seeds.slug())).asArray()
			.singleElement().asString().startsWith("2025-08-");
		seedStory.extractingPath("$[?(@.slug == '%s')].lastPublished".formatted(seeds.slug())).asArray()
			.singleElement().asString().startsWith("2025-08-");
		List<String> days = new ArrayList<>();
		mvc.get().uri("/api/stories?size=100").assertThat().bodyJson().extractingPath("$[*].lastPublished").asArray()
			.satisfies(all -> java.util.Arrays.asList(all).forEach(day -> days.add((String) day)));
		List<String> dated = days.stream().takeWhile(day -> day != null).toList();
		assertThat(dated).isSortedAccordingTo(Comparator.reverseOrder());
		assertThat(days.subList(dated.size(), days.size())).as("undated stories last")
			.allSatisfy(day -> assertThat(day).isNull());
		assertThat(mvc.get().uri("/")).bodyText().contains("Aug 2025");
	}

	@Test
	void aPagePastTheLastIsEmptySoThatAScriptStops() {
		String claims = "/api/stories/" + seeds.slug() + "/claims?size=5";
		assertThat(mvc.get().uri(claims + "&page=1")).hasStatusOk().bodyJson().extractingPath("$.length()").isEqualTo(5);
		assertThat(mvc.get().uri(claims + "&page=1000")).hasStatusOk()
			.hasHeader("Link", "<http://localhost" + claims.replace("size=5", "page=" + (lastPage(claims) ) + "&size=5")
					+ ">; rel=\"prev\"")
			.bodyJson().extractingPath("$.length()").isEqualTo(0);
		assertThat(mvc.get().uri(claims + "&page=2147483647")).hasStatusOk().bodyJson().extractingPath("$.length()")
			.isEqualTo(0);
	}

	@ParameterizedTest
	@ValueSource(strings = { "/api/stories?size=0", "/api/stories?size=-5", "/api/stories?size=501",
			"/api/stories?page=0", "/api/stories?page=-1", "/api/search?q=Putin&size=101", "/api/search?q=Putin&page=0" })
	void aPageOrSizeOutOfRangeIsRefusedSayingWhatIsAllowed(String uri) {
		assertThat(mvc.get().uri(uri)).hasStatus(HttpStatus.BAD_REQUEST)
			.bodyJson()
			.extractingPath("$.detail")
			.asString()
			.matches("The parameter ‘(page|size)’ must be (1 or more|1 to \\d+), not ‘-?\\d+’\\.");
	}

	/** The last page's number, from the count the first page gives. */
	private int lastPage(String claims) {
		String total = mvc.get().uri(claims + "&page=1").exchange().getResponse().getHeader("X-Total-Count");
		return (Integer.parseInt(total) + 4) / 5;
	}

	@Test
	void describesAStoryAndItsArticles() {
		var json = assertThat(mvc.get().uri("/api/stories/{slug}", seeds.slug())).hasStatusOk().bodyJson();
		json.extractingPath("$.articles.length()").isEqualTo(5);
		json.extractingPath("$.articles[?(@.sourceFile == '000_493ea4d1bb318be5.txt')].headlineDerived")
			.asArray()
			.containsExactly(true);
		json.extractingPath("$.articles[?(@.sourceFile == '003_9fc65ddf9e96fd78.txt')].outlet")
			.asArray()
			.containsExactly("Invezz");
		json.extractingPath("$.articles[?(@.sourceFile == '002_7a0600d7a3d15911.txt')].publishedOn")
			.asArray()
			.containsExactly("2025-08-07");
		json.extractingPath("$.articles[?(@.sourceFile == '001_ad8bdea11c4494a7.txt')].byline")
			.asArray()
			.containsExactly("KAM Isaac");
		json.extractingPath("$.articles[?(@.sourceFile == '004_c8385735afe06fd6.txt')].wordCount")
			.asArray()
			.containsExactly(436);
	}

	@Test
	void givesAnArticleWithParagraphsSentencesAndBoilerplate() {
		long id = seeds.articleId("002_7a0600d7a3d15911.txt");
		var json = assertThat(mvc.get().uri("/api/articles/{id}", id)).hasStatusOk().bodyJson();
		json.extractingPath("$.id").isEqualTo((int) id);
		json.extractingPath("$.storySlug").isEqualTo(seeds.slug());
		json.extractingPath("$.sourceFile").isEqualTo("002_7a0600d7a3d15911.txt");
		json.extractingPath("$.sha256").asString().hasSize(64);
		json.extractingPath("$.headline").isEqualTo("Trump and Putin to meet in coming days, Kremlin aide says");
		json.extractingPath("$.headlineDerived").isEqualTo(false);
		json.extractingPath("$.standfirst").asString().startsWith("Trump’s deadline for Russia");
		json.extractingPath("$.byline").isNull();
		json.extractingPath("$.outlet").isNull();
		json.extractingPath("$.publishedOn").isEqualTo("2025-08-07");
		json.extractingPath("$.paragraphs.length()").isEqualTo(21);
		json.extractingPath("$.sentences.length()").isEqualTo(24);
		json.extractingPath("$.sentences[11].paragraph").isEqualTo(11);
		json.extractingPath("$.sentences[11].position").isEqualTo(11);
		json.extractingPath("$.sentences[0].id").isNotNull();
		json.extractingPath("$.boilerplate").asArray().containsExactly("date 2025-08-07 Connect with us", "Published");
	}

	@Test
	void listsImportRunsWithCountsAndErrors() {
		var json = assertThat(mvc.get().uri("/api/imports")).hasStatusOk().bodyJson();
		json.extractingPath("$[?(@.trigger == 'startup')].added").asArray().contains(5);
		json.extractingPath("$[0].errors").isNotNull();
	}

	@Test
	void answersUnknownThingsWithProblemDetails() {
		for (String uri : new String[] { "/api/stories/no-such-story", "/api/articles/999999", "/api/imports/999999",
				"/api/no-such-route" }) {
			var result = assertThat(mvc.get().uri(uri)).hasStatus(HttpStatus.NOT_FOUND)
				.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
			result.bodyJson().extractingPath("$.status").isEqualTo(404);
			result.bodyJson().extractingPath("$.title").isEqualTo("Not found");
		}
		assertThat(mvc.get().uri("/api/articles/abc")).hasStatus(HttpStatus.BAD_REQUEST)
			.hasContentTypeCompatibleWith(MediaType.APPLICATION_PROBLEM_JSON);
	}

}
