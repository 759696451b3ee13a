package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * Imports against the real database, checked through the API as a journalist's script would see them.
 */
@IntegrationTest
class ImportServiceTest {

	private static final String DEFAULT = "000_493ea4d1bb318be5.txt";

	@Autowired
	private ImportService imports;

	@Autowired
	private MockMvcTester mvc;

	@TempDir
	private Path root;

	@Test
	void importsEveryFileAndRecordsTheRun() throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		ImportOutcome outcome = imports.importFolder(root, "test");
		assertThat(outcome.succeeded()).isTrue();
		assertThat(run(outcome)).containsEntry("filesSeen", 5).containsEntry("added", 5).containsEntry("failed", 0);
		assertThat(articles(story)).hasSize(5);
	}

	@Test
	void importingTheSameFilesAgainChangesNothing() throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		String before = storyJson(story);
		ImportOutcome again = imports.importFolder(root, "test");
		assertThat(run(again)).containsEntry("filesSeen", 5)
			.containsEntry("added", 0)
			.containsEntry("updated", 0)
			.containsEntry("unchanged", 5);
		assertThat(storyJson(story)).isEqualTo(before);
	}

	@Test
	void aChangedFileUpdatesItsArticleAndNothingElse() throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		Path file = story.folder().resolve(DEFAULT);
		Files.writeString(file, Files.readString(file) + "\nA late paragraph was added to this article.\n");
		ImportOutcome outcome = imports.importFolder(root, "test");
		assertThat(run(outcome)).containsEntry("updated", 1).containsEntry("unchanged", 4);
		assertThat(article(story, DEFAULT)).contains("A late paragraph was added to this article.");
	}

	@Test
	void aBadFileBesideGoodOnesIsReportedAndTheOthersImport() throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root)
			.write("empty.txt", new byte[0])
			.write("binary.txt", new byte[] { (byte) 0x89, 'P', 'N', 'G', 0, 0, 0, 13 })
			.write("latin1.txt", "Caf\u00e9 owners protest\n\nThe caf\u00e9s closed.".getBytes(StandardCharsets.ISO_8859_1))
			.write("furniture.txt", "- Advertisement -\nShare This Article\n");
		ImportOutcome outcome = imports.importFolder(root, "test");
		assertThat(outcome.succeeded()).isTrue();
		assertThat(run(outcome)).containsEntry("filesSeen", 9).containsEntry("added", 5).containsEntry("failed", 4);
		assertThat(errors(outcome)).containsExactlyInAnyOrderEntriesOf(Map.of("binary.txt",
				"binary file: it contains NUL bytes, so it is not text", "empty.txt", "empty file", "furniture.txt",
				"too little text to be an article: 4 words; an article needs at least 10 words in 2 sentences", "latin1.txt",
				"not UTF-8: invalid byte 0xE9 at offset 3 (it looks like Latin-1 or Windows-1252); save the file as UTF-8 and import it again"));
		assertThat(articles(story)).hasSize(5);
	}

	@Test
	void aFileThatTurnsBadKeepsItsEarlierVersion() throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		String before = article(story, DEFAULT);
		story.write(DEFAULT, new byte[0]);
		ImportOutcome outcome = imports.importFolder(root, "test");
		assertThat(run(outcome)).containsEntry("failed", 1).containsEntry("retired", 0);
		assertThat(article(story, DEFAULT)).isEqualTo(before);
	}

	@Test
	void aRemovedFileLeavesTheStoryButItsArticleIsKeptAndComesBack() throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		long id = idOf(story, DEFAULT);
		byte[] bytes = Files.readAllBytes(story.folder().resolve(DEFAULT));
		story.delete(DEFAULT);
		assertThat(run(imports.importFolder(root, "test"))).containsEntry("retired", 1);
		assertThat(articles(story)).hasSize(4);
		assertThat(mvc.get().uri("/api/articles/{id}", id)).bodyJson().extractingPath("$.retired").isEqualTo(true);
		story.write(DEFAULT, bytes);
		assertThat(run(imports.importFolder(root, "test"))).containsEntry("filesSeen", 5)
			.containsEntry("updated", 1)
			.containsEntry("unchanged", 4);
		assertThat(articles(story)).hasSize(5);
		assertThat(idOf(story, DEFAULT)).isEqualTo(id);
	}

	@Test
	void aRenamedFileKeepsItsArticle() throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		long id = idOf(story, DEFAULT);
		story.rename(DEFAULT, "renamed.txt");
		ImportOutcome outcome = imports.importFolder(root, "test");
		assertThat(run(outcome)).containsEntry("updated", 1).containsEntry("retired", 0).containsEntry("added", 0);
		assertThat(idOf(story, "renamed.txt")).isEqualTo(id);
	}

	@Test
	void aDuplicateFileIsRefused() throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		story.write("copy.txt", Files.readAllBytes(story.folder().resolve(DEFAULT)));
		ImportOutcome outcome = imports.importFolder(root, "test");
		assertThat(errors(outcome)).containsOnlyKeys("copy.txt");
		assertThat(errors(outcome).get("copy.txt")).startsWith("duplicate: same content as");
	}

	@Test
	void aMissingOrEmptyFolderChangesNothing() throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		String before = storyJson(story);
		ImportOutcome missing = imports.importFolder(root.resolve("no-such-folder"), "test");
		Path empty = Files.createDirectories(root.resolve("empty-root"));
		ImportOutcome nothing = imports.importFolder(empty, "test");
		assertThat(missing.succeeded()).isFalse();
		assertThat(missing.message()).contains("no folder at");
		assertThat(nothing.succeeded()).isFalse();
		assertThat(nothing.message()).contains("no article files (.txt, .html, .htm)");
		assertThat(run(nothing)).containsEntry("status", "FAILED");
		assertThat(storyJson(story)).isEqualTo(before);
	}

	@Test
	void storyPropertiesNameTheStory() throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		assertThat(mvc.get().uri("/api/stories/{slug}", story.slug())).bodyJson()
			.extractingPath("$.title")
			.isEqualTo("Test story " + story.slug());
	}

	private Map<String, Object> run(ImportOutcome outcome) {
		return mvc.get().uri("/api/imports/{id}", outcome.runId()).assertThat().bodyJson().convertTo(Map.class).actual();
	}

	@SuppressWarnings("unchecked")
	private Map<String, String> errors(ImportOutcome outcome) {
		List<Map<String, String>> errors = (List<Map<String, String>>) run(outcome).get("errors");
		return errors.stream()
			.collect(java.util.stream.Collectors.toMap(e -> e.get("sourceFile"), e -> e.get("message")));
	}

	private String storyJson(StoryFolderFixture story) {
		return mvc.get().uri("/api/stories/{slug}", story.slug()).assertThat().hasStatusOk().bodyText().actual();
	}

	@SuppressWarnings("unchecked")
	private List<Map<String, Object>> articles(StoryFolderFixture story) {
		return (List<Map<String, Object>>) mvc.get()
			.uri("/api/stories/{slug}", story.slug())
			.assertThat()
			.bodyJson()
			.convertTo(Map.class)
			.actual()
			.get("articles");
	}

	private long idOf(StoryFolderFixture story, String file) {
		return articles(story).stream()
			.filter(a -> a.get("sourceFile").equals(file))
			.map(a -> ((Number) a.get("id")).longValue())
			.findFirst()
			.orElseThrow();
	}

	private String article(StoryFolderFixture story, String file) {
		return mvc.get().uri("/api/articles/{id}", idOf(story, file)).assertThat().bodyText().actual();
	}

}
