package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The quote tracker, the sources page, the entity pages and the marked article, as a reader gets them.
 */
@IntegrationTest
class AnalysisPagesTest {

	@Autowired
	private MockMvcTester mvc;

	private SeedStory seeds;

	@BeforeEach
	void findSeeds() {
		seeds = new SeedStory(mvc);
	}

	@Test
	void theQuoteTrackerShowsEachQuoteWithItsSpeakerAndEveryWording() {
		String page = text("/stories/" + seeds.slug() + "/quotes");
		assertThat(page).contains("“Together with our American colleagues, we are starting to work on specific issues,”")
			.contains("Interfax news service")
			.contains("Karoline Leavitt")
			.contains("Carried by 4 articles")
			.contains("<ins title=\"(differs)\">very</ins>")
			.as("a contraction written out is the same wording, as the flags read it")
			.contains("I don’t call it a breakthrough… We’ve been working at this")
			.doesNotContain("<ins title=\"(differs)\">We’ve</ins>");
	}

	@Test
	void theSourcesPageCountsWhomEachOutletCitesByKind() {
		String page = text("/stories/" + seeds.slug() + "/sources");
		assertThat(page).contains("Sources cited by Invezz", "New York Times", "Media", "Unnamed",
				"several people with knowledge of the call");
	}

	@Test
	void theEntityPagesListRolesAliasesAndEveryMention() {
		assertThat(text("/stories/" + seeds.slug() + "/entities")).contains("Yuri Ushakov", "Kremlin aide", "Place");
		String entities = text("/api/stories/" + seeds.slug() + "/entities");
		String id = entities.replaceAll("(?s).*\\{\"id\":(\\d+),\"name\":\"Yuri Ushakov\".*", "$1");
		assertThat(text("/entities/" + id)).contains("<h1>Yuri Ushakov</h1>", "Kremlin foreign policy adviser",
				"Ushakov", "<strong>Yuri Ushakov</strong>");
	}

	@Test
	void theArticleMarksQuotesSourcesAndNamesAndSaysWhoIsQuoted() {
		String page = text("/articles/" + seeds.articleId("003_9fc65ddf9e96fd78.txt"));
		assertThat(page).contains("class=\"mark-quote\"", "class=\"mark-source\"", "class=\"mark-entity\"")
			.contains("dotted underline: a quote")
			.contains("Who is quoted", "Who is cited", "Karoline Leavitt");
	}

	@Test
	void unknownEntitiesGetTheFriendlyNotFoundPage() {
		assertThat(mvc.get().uri("/entities/999999")).hasStatus(HttpStatus.NOT_FOUND)
			.bodyText()
			.contains("There is no page at this address");
		assertThat(mvc.get().uri("/stories/no-such-story/quotes")).hasStatus(HttpStatus.NOT_FOUND);
	}

	private String text(String uri) {
		return mvc.get().uri(uri).assertThat().hasStatusOk().bodyText().actual();
	}

}
