package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

/**
 * The OpenAPI document describes every route of the JSON API that the application serves (found from Spring's
 * own mappings, not from a list kept by hand), with the response schemas of its records; and the browsable docs are
 * reachable from the footer.
 */
@IntegrationTest
class ApiDescriptionTest {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping mappings;

	@Test
	void everyApiRouteIsDescribed() throws Exception {
		JsonNode document = JsonMapper.builder().build()
			.readTree(mvc.get().uri("/v3/api-docs").exchange().getResponse().getContentAsString());
		assertThat(document.get("openapi").asString()).startsWith("3.");
		assertThat(document.get("info").get("title").asString()).isEqualTo("Parallax API");

		Set<String> served = new TreeSet<>();
		mappings.getHandlerMethods().forEach((info, method) -> info.getPatternValues().stream()
			.filter(path -> path.startsWith("/api/") && !path.equals("/api/**"))
			.forEach(path -> info.getMethodsCondition().getMethods()
				.forEach(verb -> served.add(verb.name().toLowerCase() + " " + path))));
		Set<String> described = new TreeSet<>();
		document.get("paths").properties().forEach(path -> path.getValue().propertyNames()
			.forEach(verb -> described.add(verb + " " + path.getKey())));
		assertThat(served).hasSizeGreaterThan(15);
		assertThat(described).containsAll(served);

		assertThat(document.get("paths").has("/api/**")).as("the answer to paths that are no route").isFalse();
		assertThat(document.get("paths").has("/stories/{slug}/disagreements.atom")).isTrue();
		assertThat(mediaTypes(document, "/api/stories/{slug}")).containsExactly("application/json");
		assertThat(mediaTypes(document, "/api/stories/{slug}/quotes.csv")).containsExactly("text/csv");
		assertThat(mediaTypes(document, "/feeds/stories.atom")).containsExactly("application/atom+xml");

		JsonNode search = document.get("paths").get("/api/search").get("get");
		assertThat(search.get("parameters")).extracting(p -> p.get("name").asString())
			.contains("q", "kind", "story", "outlet", "page");
		assertThat(document.get("components").get("schemas").get("SearchResults").get("properties").has("hits")).isTrue();
	}

	private static java.util.List<String> mediaTypes(JsonNode document, String path) {
		return new java.util.ArrayList<>(document.get("paths").get(path).get("get").get("responses").get("200")
			.get("content").propertyNames());
	}

	@Test
	void theBrowsableDocsAreLinkedFromEveryPage() {
		assertThat(mvc.get().uri("/")).bodyText().contains("href=\"/api-docs\"");
		assertThat(mvc.get().uri("/api-docs")).hasStatus3xxRedirection();
	}

}
