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
import io.parallax.stories.OutletRegistry;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * An admin names an outlet once, with its aliases, and every article from it takes the name: on its pages, in the
 * API's label and outlet, after a re-import too; removed, the articles go back to what they were called before.
 */
@IntegrationTest
class OutletRegistryTest {

	private static final String FILE = "bbc-2025-08-07.txt";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	@Autowired
	private OutletRegistry registry;

	@Test
	void anOutletNamedOnceNamesEveryArticleFromIt(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		story.write(FILE, "Talks resume in Geneva\n\nNegotiators met again on Monday in Geneva. "
				+ "The meeting lasted four hours, officials said.\n");
		imports.importFolder(root, "test");
		assertThat(article(story)).containsEntry("label", "bbc (file name)").containsEntry("outlet", null);

		assertThat(mvc.post().uri("/admin/outlets").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("name", "BBC News").param("homePage", "https://www.bbc.co.uk/news").param("aliases", "BBC, bbc.co.uk")
			.with(httpBasic("admin", "test-admin-password")).with(csrf())).hasStatus(HttpStatus.FOUND);
		try {
			assertThat(article(story)).containsEntry("label", "BBC News").containsEntry("outlet", "BBC News");
			assertThat(mvc.get().uri("/stories/{slug}", story.slug())).bodyText().contains("BBC News")
				.doesNotContain("bbc (file name)");
			assertThat(mvc.get().uri("/api/stories/{slug}/claims.csv", story.slug())).bodyText().contains("BBC News");
			assertThat(mvc.get().uri("/api/search?q=Geneva&kind=ARTICLE&outlet=BBC News")).bodyJson()
				.extractingPath("$.hits[*].outlets[0]").asArray().containsExactly("BBC News");

			story.write(FILE, "Talks resume in Geneva\n\nNegotiators met again on Monday in Geneva. "
					+ "The meeting lasted five hours, officials said.\n");
			imports.importFolder(root, "test");
			assertThat(article(story)).containsEntry("label", "BBC News");
			assertThat(mvc.get().uri("/admin/outlets").with(httpBasic("admin", "test-admin-password"))).bodyText()
				.contains("BBC News", "bbc.co.uk");

			assertThat(saveOutlet("bbc news", "", "")).hasStatus(HttpStatus.FOUND).flash().containsKey("saved");
			assertThat(registry.all()).filteredOn(o -> o.name().equalsIgnoreCase("BBC News")).singleElement()
				.satisfies(o -> {
					assertThat(o.homePage()).as("saved again with its fields empty").isEqualTo("https://www.bbc.co.uk/news");
					assertThat(o.aliases()).containsExactly("BBC", "bbc.co.uk");
				});
		}
		finally {
			Long id = registry.all().stream().filter(o -> o.name().equalsIgnoreCase("BBC News")).findFirst().orElseThrow()
				.id();
			assertThat(mvc.post().uri("/admin/outlets/{id}/delete", id)
				.with(httpBasic("admin", "test-admin-password")).with(csrf())).hasStatus(HttpStatus.FOUND);
		}
		assertThat(article(story)).containsEntry("label", "bbc (file name)").containsEntry("outlet", null);
	}

	@Test
	void onlyTheAdminNamesOutletsAndANameIsNeeded() {
		assertThat(mvc.post().uri("/admin/outlets").param("name", "X").with(csrf())).hasStatus(HttpStatus.UNAUTHORIZED);
		assertThat(mvc.post().uri("/admin/outlets").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("name", " ").param("homePage", "").param("aliases", "")
			.with(httpBasic("admin", "test-admin-password")).with(csrf())).hasStatusOk();
		assertThat(registry.all()).noneMatch(o -> o.name().isBlank());
	}

	@Test
	void anAliasThatAlreadyStandsForAnotherOutletIsRefused() {
		assertThat(saveOutlet("Wire One", "https://wire-one.example", "wire, w1")).hasStatus(HttpStatus.FOUND)
			.flash().containsKey("saved");
		assertThat(saveOutlet("Wire Two", "https://www.wire-one.example/news", "wire")).hasStatus(HttpStatus.FOUND)
			.flash().hasEntrySatisfying("refused", message -> assertThat((String) message)
				.contains("“wire” already stands for Wire One", "“wire-one.example” already stands for Wire One",
						"nothing was saved"));
		assertThat(registry.all()).extracting(o -> o.name()).contains("Wire One").doesNotContain("Wire Two");
		assertThat(saveOutlet("wire one", "https://wire-one.example", "wire, w1, wire one news"))
			.as("an outlet saved again under its own name keeps its aliases").flash().containsKey("saved");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult saveOutlet(String name, String homePage,
			String aliases) {
		return mvc.post().uri("/admin/outlets").contentType(MediaType.APPLICATION_FORM_URLENCODED)
			.param("name", name).param("homePage", homePage).param("aliases", aliases)
			.with(httpBasic("admin", "test-admin-password")).with(csrf()).exchange();
	}

	@SuppressWarnings("unchecked")
	private Map<String, Object> article(StoryFolderFixture story) {
		Map<String, Object> json = mvc.get().uri("/api/stories/{slug}", story.slug()).assertThat().bodyJson()
			.convertTo(Map.class).actual();
		return ((List<Map<String, Object>>) json.get("articles")).stream()
			.filter(a -> a.get("sourceFile").equals(FILE))
			.findFirst()
			.orElseThrow();
	}

}
