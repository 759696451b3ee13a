package io.parallax.admin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
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
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Uploading articles: good ones are added and analysed, bad ones refused one by one with the reason, and uploaded
 * articles stay through a re-import of the story's folder.
 */
@IntegrationTest
class UploadTest {

	private static final String ARTICLE = """
			Port strike ends after three days

			Dock workers returned to work on Thursday after a three-day strike over pay, the union said.
			"We have won a fair deal," union leader Maria Lopez told reporters.
			""";

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ImportService imports;

	@Test
	void goodFilesAreAddedAndBadOnesRefusedWithTheirReasons(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		byte[] seed = Files.readAllBytes(StoryFolderFixture.SEEDS.resolve("001_ad8bdea11c4494a7.txt"));

		var result = mvc.post().uri("/admin/upload").multipart()
			.file(new MockMultipartFile("files", "strike.txt", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8)))
			.file(new MockMultipartFile("files", "empty.txt", "text/plain", new byte[0]))
			.file(new MockMultipartFile("files", "binary.txt", "text/plain", new byte[] { 1, 0, 2, 0 }))
			.file(new MockMultipartFile("files", "latin1.txt", "text/plain", "Caf\u00e9 news".getBytes(StandardCharsets.ISO_8859_1)))
			.file(new MockMultipartFile("files", "copy.txt", "text/plain", seed))
			.file(new MockMultipartFile("files", "huge.txt", "text/plain", new byte[3 * 1024 * 1024]))
			.file(new MockMultipartFile("files", "000_493ea4d1bb318be5.txt", "text/plain",
					ARTICLE.replace("three", "four").getBytes(StandardCharsets.UTF_8)))
			.param("story", story.slug())
			.with(httpBasic("admin", "test-admin-password")).with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		String runId = result.getResponse().getRedirectedUrl().replaceAll(".*/", "");
		Map<String, String> errors = errors(runId);
		assertThat(errors).containsOnlyKeys("empty.txt", "binary.txt", "latin1.txt", "copy.txt", "huge.txt",
				"000_493ea4d1bb318be5.txt");
		assertThat(errors.get("000_493ea4d1bb318be5.txt"))
			.startsWith("refused: the story's folder has a file called 000_493ea4d1bb318be5.txt");
		assertThat(errors.get("empty.txt")).isEqualTo("empty file");
		assertThat(errors.get("binary.txt")).startsWith("binary file");
		assertThat(errors.get("latin1.txt")).startsWith("not UTF-8");
		assertThat(errors.get("copy.txt")).startsWith("duplicate: same content as 001_ad8bdea11c4494a7.txt");
		assertThat(errors.get("huge.txt")).startsWith("too large");
		assertThat(sourceFiles(story)).contains("strike.txt").hasSize(6);

		imports.importFolder(root, "test");
		assertThat(sourceFiles(story)).as("an uploaded article survives a folder re-import").contains("strike.txt");
		assertThat(mvc.get().uri("/api/stories/{slug}/quotes", story.slug())).bodyJson()
			.extractingPath("$[?(@.text =~ /We have won.*/)].speaker").asArray().containsExactly("Maria Lopez");
	}

	@Test
	void anUploadNamesEitherAStoryOrANewOneNotBoth(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		var result = mvc.post().uri("/admin/upload").multipart()
			.file(new MockMultipartFile("files", "strike.txt", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8)))
			.param("story", story.slug())
			.param("newStory", "Test story port strike")
			.with(httpBasic("admin", "test-admin-password")).with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/upload")
			.flash().containsEntry("refusedKey", "upload.refused.both");
		assertThat(sourceFiles(story)).doesNotContain("strike.txt");
	}

	@Test
	void anUploadIntoAStoryThatDoesNotExistIsRefusedOnTheForm() {
		var result = mvc.post().uri("/admin/upload").multipart()
			.file(new MockMultipartFile("files", "strike.txt", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8)))
			.param("story", "no-such-story")
			.with(httpBasic("admin", "test-admin-password")).with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/upload")
			.flash().containsEntry("refusedKey", "upload.refused.unknownStory");
	}

	@Test
	void aNewStoryMayNotTakeTheTitleOfOneThatExists() {
		upload(Map.of("newStory", "Test story harbour strike"), "harbour.txt", ARTICLE);
		var again = mvc.post().uri("/admin/upload").multipart()
			.file(new MockMultipartFile("files", "harbour-2.txt", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8)))
			.param("newStory", "test story HARBOUR strike ")
			.with(httpBasic("admin", "test-admin-password")).with(csrf())
			.exchange();
		assertThat(again).hasStatus(HttpStatus.FOUND).hasRedirectedUrl("/admin/upload")
			.flash().containsEntry("refusedKey", "upload.refused.sameTitle");
		assertThat(mvc.get().uri("/api/stories")).bodyJson()
			.extractingPath("$[?(@.title =~ /(?i)test story harbour strike/)].slug").asArray().hasSize(1);
	}

	@Test
	void aNewStoryCanBeStartedByUpload() {
		var result = mvc.post().uri("/admin/upload").multipart()
			.file(new MockMultipartFile("files", "strike.txt", "text/plain", ARTICLE.getBytes(StandardCharsets.UTF_8)))
			.param("newStory", "Test story port strike")
			.with(httpBasic("admin", "test-admin-password")).with(csrf())
			.exchange();
		assertThat(result).hasStatus(HttpStatus.FOUND);
		assertThat(mvc.get().uri("/api/stories")).bodyJson()
			.extractingPath("$[?(@.title == 'Test story port strike')].articleCount").asArray().containsExactly(1);
		assertThat(mvc.get().uri(result.getResponse().getRedirectedUrl()).with(httpBasic("admin", "test-admin-password")))
			.as("the run's page names the file as it was sent").bodyText().contains(">strike.txt<")
			.doesNotContain("upload/");
	}

	@Test
	@SuppressWarnings("unchecked")
	void aTitleTheAdminTypedStaysWhenMoreArticlesAreUploadedIntoTheStory() {
		upload(Map.of("newStory", "Test story dock strike"), "dock.txt", ARTICLE);
		String slug = ((List<String>) mvc.get().uri("/api/stories").assertThat().bodyJson()
			.convertTo(List.class).actual().stream().map(Map.class::cast)
			.filter(story -> "Test story dock strike".equals(((Map<String, Object>) story).get("title")))
			.map(story -> ((Map<String, Object>) story).get("slug")).toList()).get(0);

		upload(Map.of("story", slug), "dock-2.txt", """
				Dock workers back at work as port strike ends

				Ships were unloaded again on Friday after dock workers ended a three-day strike, the port said.
				"The queue of ships will be gone by Monday," harbour master Tom Reyes told reporters.
				""");
		upload(Map.of("story", slug), "dock.txt", ARTICLE.replace("three-day", "72-hour"));

		assertThat(mvc.get().uri("/api/stories/{slug}", slug)).bodyJson().extractingPath("$.title")
			.isEqualTo("Test story dock strike");
		assertThat(mvc.get().uri("/api/stories/{slug}", slug)).bodyJson().extractingPath("$.articles.length()")
			.isEqualTo(2);
	}

	private void upload(Map<String, String> story, String name, String text) {
		var request = mvc.post().uri("/admin/upload").multipart()
			.file(new MockMultipartFile("files", name, "text/plain", text.getBytes(StandardCharsets.UTF_8)));
		story.forEach(request::param);
		assertThat(request.with(httpBasic("admin", "test-admin-password")).with(csrf()).exchange())
			.hasStatus(HttpStatus.FOUND);
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> errors(String runId) {
		List<Map<String, String>> errors = (List<Map<String, String>>) mvc.get().uri("/api/imports/{id}", runId)
			.assertThat().bodyJson().convertTo(Map.class).actual().get("errors");
		return errors.stream().collect(java.util.stream.Collectors.toMap(e -> e.get("sourceFile"), e -> e.get("message")));
	}

	@SuppressWarnings("unchecked")
	private List<String> sourceFiles(StoryFolderFixture story) {
		Map<String, Object> json = mvc.get().uri("/api/stories/{slug}", story.slug()).assertThat().bodyJson()
			.convertTo(Map.class).actual();
		return ((List<Map<String, Object>>) json.get("articles")).stream().map(a -> (String) a.get("sourceFile")).toList();
	}

}
