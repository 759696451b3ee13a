package io.parallax.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An admin sets an article's outlet and date; readers see them marked as an editor's, and they survive a re-import.
 */
@IntegrationTest
class CurationTest {

	private static final String FILE = "000_493ea4d1bb318be5.txt";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	@Test
	void anOutletSetByAnAdminShowsMarkedAndSurvivesReimport(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		long id = articleId(story);

		assertThat(mvc.post().uri("/admin/articles/{id}", id).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("outlet", "Example Wire").param("outletUrl", "https://wire.example").param("publishedOn", "2025-08-07")
			.with(httpBasic("admin", "test-admin-password")).with(csrf())).hasStatus(HttpStatus.FOUND);

		assertThat(mvc.get().uri("/articles/{id}", id)).bodyText().contains("Example Wire", "set by an editor");
		var json = assertThat(mvc.get().uri("/api/articles/{id}", id)).bodyJson();
		json.extractingPath("$.outlet").isEqualTo("Example Wire");
		json.extractingPath("$.outletCurated").isEqualTo(true);
		json.extractingPath("$.publishedOn").isEqualTo("2025-08-07");
		// Its relative dates now count from the new date: "Friday" is the 8th.
		assertThat(mvc.get().uri("/api/articles/{id}/quantities", id)).bodyJson()
			.extractingPath("$[?(@.text == 'Friday')].resolvedDate").asArray().contains("2025-08-08");

		story.write("new.txt", "Talks resume\n\nNegotiators met again on Monday in Geneva. The meeting lasted four hours.\n");
		imports.importFolder(root, "test");
		assertThat(mvc.get().uri("/api/articles/{id}", id)).bodyJson().extractingPath("$.outlet").isEqualTo("Example Wire");

		mvc.post().uri("/admin/articles/{id}", id).contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("outlet", "").param("outletUrl", "").param("publishedOn", "")
			.with(httpBasic("admin", "test-admin-password")).with(csrf()).exchange();
		assertThat(mvc.get().uri("/api/articles/{id}", id)).bodyJson().extractingPath("$.outlet").isNull();
	}

	@Test
	void onlyTheAdminMayCurateAndBadAddressesAreRefused() {
		assertThat(mvc.post().uri("/admin/articles/1").param("outlet", "X").with(csrf()))
			.hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.post().uri("/admin/articles/1").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("outlet", "X").param("outletUrl", "javascript:alert(1)")
			.with(httpBasic("admin", "test-admin-password")).with(csrf())).hasStatusOk()
			.bodyText().contains("a web address starting with http:// or https://");
	}

	@Test
	void aDateThatIsNoDateIsRefusedInPlainWords() {
		for (String notADate : new String[] { "31 February 2014", "hello" }) {
			assertThat(mvc.post().uri("/admin/articles/1").contentType(MediaType.APPLICATION_FORM_URLENCODED)
				.param("outlet", "X").param("outletUrl", "").param("publishedOn", notADate)
				.with(httpBasic("admin", "test-admin-password")).with(csrf())).hasStatusOk()
				.bodyText().contains("not a date: write the day, month and year, such as 7 August 2025")
				.doesNotContain("java.").doesNotContain("Failed to convert");
		}
	}

	@SuppressWarnings("unchecked")
	private long articleId(StoryFolderFixture story) {
		Map<String, Object> json = mvc.get().uri("/api/stories/{slug}", story.slug()).assertThat().bodyJson()
			.convertTo(Map.class).actual();
		return ((List<Map<String, Object>>) json.get("articles")).stream()
			.filter(a -> a.get("sourceFile").equals(FILE))
			.map(a -> ((Number) a.get("id")).longValue())
			.findFirst()
			.orElseThrow();
	}

}
