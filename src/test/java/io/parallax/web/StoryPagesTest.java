package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The pages as a reader gets them, rendered from the seed story in the real database.
 */
@IntegrationTest
class StoryPagesTest {

	@Autowired
	private MockMvcTester mvc;

	private SeedStory seeds;

	@BeforeEach
	void findSeeds() {
		seeds = new SeedStory(mvc);
	}

	@Test
	void theHomePageListsTheStoryWithItsCounts() {
		assertThat(mvc.get().uri("/")).hasStatusOk()
			.bodyText()
			.contains("/stories/" + seeds.slug())
			.contains("5 articles")
			.contains("1 named outlet");
	}

	@Test
	void theStoryPageShowsEveryArticleAsACard() {
		assertThat(mvc.get().uri("/stories/{slug}", seeds.slug())).hasStatusOk()
			.bodyText()
			.contains("Trump and Putin to Meet Amid Ukraine War Tensions; Zelensky Open to Summit")
			.contains("Trump eyes Putin meeting as ceasefire talks gain momentum")
			.contains("Invezz", "Unattributed", "KAM Isaac", "7 August 2025", "Date not stated")
			.contains("Derived title")
			.contains("U.S. President Donald Trump has hinted at a possible meeting")
			.contains("547 words")
			.contains("Headlines side by side");
	}

	@Test
	void theArticlePageShowsTheCleanArticle() {
		long id = seeds.articleId("001_ad8bdea11c4494a7.txt");
		String page = mvc.get().uri("/articles/{id}", id).assertThat().hasStatusOk().bodyText().actual();
		String body = page.substring(page.indexOf("class=\"body\""), page.indexOf("class=\"facts\""))
			.replaceAll("<[^>]+>", "");
		assertThat(page).contains("<h1>Trump and Putin to Meet Amid Ukraine War Tensions; Zelensky Open to Summit</h1>")
			.contains("KAM Isaac");
		assertThat(body).contains("Three rounds of peace talks between Ukraine and Russia in Istanbul")
			.doesNotContain("Advertisement")
			.doesNotContain("Leave a Comment");
		assertThat(page).contains("Site furniture removed from the text (18 lines)");
	}

	@Test
	void theArticlePageShowsStandfirstAndSubheadings() {
		assertThat(mvc.get().uri("/articles/{id}", seeds.articleId("002_7a0600d7a3d15911.txt"))).bodyText()
			.contains("class=\"standfirst\">Trump’s deadline for Russia to agree a ceasefire");
		assertThat(mvc.get().uri("/articles/{id}", seeds.articleId("003_9fc65ddf9e96fd78.txt"))).bodyText()
			.containsPattern("<h2 id=\"p-\\d+\">The Zelenskyy factor: a trilateral meeting on the table\\?</h2>");
	}

	@Test
	void theSourceIsTheFileByteForByte() throws Exception {
		byte[] file = Files.readAllBytes(StoryFolderFixture.SEEDS.resolve("002_7a0600d7a3d15911.txt"));
		assertThat(mvc.get().uri("/articles/{id}/source.txt", seeds.articleId("002_7a0600d7a3d15911.txt"))).hasStatusOk()
			.hasContentTypeCompatibleWith(MediaType.TEXT_PLAIN)
			.hasHeader("Content-Type", "text/plain;charset=UTF-8")
			.body()
			.isEqualTo(file);
	}

	@Test
	void unknownStoriesAndArticlesGetAFriendlyNotFoundPage() {
		for (String uri : new String[] { "/stories/no-such-story", "/articles/999999", "/articles/not-a-number",
				"/no/such/page" }) {
			assertThat(mvc.get().uri(uri)).hasStatus(HttpStatus.NOT_FOUND)
				.bodyText()
				.contains("There is no page at this address")
				.doesNotContain("Exception")
				.doesNotContain("at io.parallax");
		}
	}

	@Test
	void aRequestThePagesCannotAnswerIsAClientErrorNotACrash() {
		assertThat(mvc.get().uri("/articles/{id}?x=1", seeds.articleId("003_9fc65ddf9e96fd78.txt"))).hasStatusOk();
		assertThat(mvc.put().uri("/articles/{id}", seeds.articleId("003_9fc65ddf9e96fd78.txt")))
			.hasStatus(HttpStatus.FORBIDDEN)
			.bodyText()
			.doesNotContain("Exception");
	}

}
