package io.parallax.web;

import java.util.List;
import java.util.Map;

import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Finds the seed story and its articles through the API, the way a script would, rather than by hard-coded ids.
 */
final class SeedStory {

	private final MockMvcTester mvc;

	SeedStory(MockMvcTester mvc) {
		this.mvc = mvc;
	}

	@SuppressWarnings("unchecked")
	String slug() {
		List<Map<String, Object>> stories = (List<Map<String, Object>>) mvc.get()
			.uri("/api/stories")
			.assertThat()
			.bodyJson()
			.convertTo(List.class)
			.actual();
		return stories.stream()
			.map(s -> (String) s.get("slug"))
			.filter(slug -> !slug.startsWith("test-"))
			.findFirst()
			.orElseThrow();
	}

	@SuppressWarnings("unchecked")
	long articleId(String sourceFile) {
		Map<String, Object> story = mvc.get().uri("/api/stories/{slug}", slug()).assertThat().bodyJson()
			.convertTo(Map.class)
			.actual();
		return ((List<Map<String, Object>>) story.get("articles")).stream()
			.filter(a -> a.get("sourceFile").equals(sourceFile))
			.map(a -> ((Number) a.get("id")).longValue())
			.findFirst()
			.orElseThrow();
	}

}
