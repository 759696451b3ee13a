package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * The schema.org JSON-LD of article and story pages, parsed as JSON and checked against the seed texts; and the
 * description and canonical address every page carries.
 */
@IntegrationTest
class StructuredDataTest {

	private static final Pattern JSON_LD = Pattern.compile(
			"<script type=\"application/ld\\+json\">(.*?)</script>", Pattern.DOTALL);

	@Autowired
	private MockMvcTester mvc;

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void anArticleIsANewsArticleOfItsStory() throws Exception {
		SeedStory seeds = new SeedStory(mvc);
		long id = seeds.articleId("001_ad8bdea11c4494a7.txt");
		JsonNode article = jsonLd("/articles/" + id);
		assertThat(article.get("@context").asString()).isEqualTo("https://schema.org");
		assertThat(article.get("@type").asString()).isEqualTo("NewsArticle");
		assertThat(article.get("url").asString()).isEqualTo("http://localhost/articles/" + id);
		assertThat(article.get("headline").asString()).isNotBlank();
		assertThat(article.get("author").get("@type").asString()).isEqualTo("Person");
		assertThat(article.get("author").get("name").asString()).isEqualTo("KAM Isaac");
		assertThat(article.get("isPartOf").get("@type").asString()).isEqualTo("CollectionPage");
		assertThat(article.get("isPartOf").get("url").asString()).isEqualTo("http://localhost/stories/" + seeds.slug());

		JsonNode invezz = jsonLd("/articles/" + seeds.articleId("003_9fc65ddf9e96fd78.txt"));
		assertThat(invezz.get("publisher").get("name").asString()).isEqualTo("Invezz");
		JsonNode dated = jsonLd("/articles/" + seeds.articleId("002_7a0600d7a3d15911.txt"));
		assertThat(dated.get("datePublished").asString()).isEqualTo("2025-08-07");
		assertThat(dated.has("author")).as("no byline, no author").isFalse();
		assertThat(dated.has("publisher")).as("no outlet named, no publisher").isFalse();
	}

	@Test
	void aStoryIsACollectionPageListingItsArticles() throws Exception {
		String slug = new SeedStory(mvc).slug();
		JsonNode story = jsonLd("/stories/" + slug);
		assertThat(story.get("@type").asString()).isEqualTo("CollectionPage");
		assertThat(story.get("url").asString()).isEqualTo("http://localhost/stories/" + slug);
		assertThat(story.get("description").asString()).isNotBlank();
		JsonNode list = story.get("mainEntity");
		assertThat(list.get("@type").asString()).isEqualTo("ItemList");
		assertThat(list.get("numberOfItems").asInt()).isEqualTo(5);
		assertThat(list.get("itemListElement")).hasSize(5);
		assertThat(list.get("itemListElement").get(0).get("position").asInt()).isEqualTo(1);
		assertThat(list.get("itemListElement").get(4).get("url").asString()).startsWith("http://localhost/articles/");
	}

	@Test
	void everyPageHasADescriptionAndACanonicalAddress() throws Exception {
		String slug = new SeedStory(mvc).slug();
		for (String page : List.of("/", "/stories/" + slug, "/stories/" + slug + "/quotes", "/search?q=Putin")) {
			String html = mvc.get().uri(page).exchange().getResponse().getContentAsString();
			assertThat(html).as(page).containsPattern("<meta name=\"description\" content=\"[^\"]{20,}\">")
				.contains("<link rel=\"canonical\" href=\"http://localhost" + page + "\">");
		}
		assertThat(mvc.get().uri("/stories/{slug}?sentences=3", slug)).bodyText()
			.contains("<link rel=\"canonical\" href=\"http://localhost/stories/" + slug + "\">");
	}

	private JsonNode jsonLd(String page) throws Exception {
		String html = mvc.get().uri(page).exchange().getResponse().getContentAsString(java.nio.charset.StandardCharsets.UTF_8);
		Matcher found = JSON_LD.matcher(html);
		assertThat(found.find()).as("JSON-LD on %s", page).isTrue();
		return json.readTree(found.group(1));
	}

}
