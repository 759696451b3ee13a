package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.httpBasic;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import io.parallax.IntegrationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.util.FileSystemUtils;

/**
 * The bad-input corpus (src/test/resources/bad-input, expected.tsv), and the kinds a repository cannot hold (links,
 * a pipe, odd names, files of megabytes), go through a folder import and an upload: each file gets its expected
 * outcome, neither import fails as a whole or hangs, accepted oddities are shown as text, and the story that was
 * there before (the seeds) is byte for byte what it was, in the database and on its pages.
 */
@IntegrationTest
class BadInputCorpusTest {

	private static final Path CORPUS = Path.of("src/test/resources/bad-input");

	@Autowired
	private ImportService imports;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	private SeedSnapshot seeds;

	@BeforeEach
	void snapshotTheSeeds() {
		seeds = new SeedSnapshot(jdbc, mvc);
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void everyKindByFolderGetsItsOutcomeAndTheSeedsStayByteForByte(@TempDir Path root) throws Exception {
		String before = seeds.snapshot();
		Map<String, Expected> expected = copyCorpus(root);
		expected.putAll(RuntimeKinds.createInFolder(root.resolve("corpus")));
		expected.putAll(RuntimeKinds.storyWithHugeTitle(root));

		long started = System.nanoTime();
		ImportOutcome outcome = imports.importFolder(root, "bad-input corpus");
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
		Map<String, Outcome> actual = outcomes(outcome.runId());
		assertOutcomes(actual, expected);
		assertAcceptedArticlesShowAsText(actual);
		assertThat(seeds.snapshot()).as("the seed story, in the database and on its pages").isEqualTo(before);
		System.out.printf("bad-input corpus by folder: %d kinds, %d as expected, %d added, 0 whole-import failures, "
				+ "import took %d ms; seed story byte for byte unchanged%n", expected.size(), expected.size(),
				actual.values().stream().filter(o -> o.outcome().equals("ADDED")).count(), millis);
	}

	@Test
	@Timeout(value = 10, unit = TimeUnit.MINUTES)
	void everyKindByUploadGetsItsOutcomeAndTheSeedsStayByteForByte() throws Exception {
		String before = seeds.snapshot();
		Map<String, Expected> expected = new LinkedHashMap<>();
		MockMvcTester.MockMultipartMvcRequestBuilder upload = mvc.post().uri("/admin/upload").multipart();
		for (Map.Entry<String, Expected> kind : Expected.read(CORPUS.resolve("expected.tsv")).entrySet()) {
			Path file = CORPUS.resolve("corpus").resolve(kind.getKey());
			if (Files.isRegularFile(file)) {
				upload.file(new MockMultipartFile("files", kind.getKey(), "text/plain", Files.readAllBytes(file)));
				expected.put(kind.getKey(), kind.getValue().byUpload());
			}
		}
		for (RuntimeKinds.Upload odd : RuntimeKinds.uploads()) {
			upload.file(new MockMultipartFile("files", odd.sentName(), "text/plain", odd.bytes()));
			expected.put(odd.reportedName(), odd.expected());
		}

		long started = System.nanoTime();
		var result = upload.param("newStory", "Test story bad-input corpus by upload")
			.with(httpBasic("admin", "test-admin-password")).with(csrf()).exchange();
		long millis = (System.nanoTime() - started) / 1_000_000;

		assertThat(result.getResponse().getStatus()).isEqualTo(302);
		String runId = result.getResponse().getRedirectedUrl().replaceAll(".*/", "");
		Map<String, Outcome> actual = outcomes(Long.valueOf(runId));
		assertOutcomes(actual, expected);
		assertAcceptedArticlesShowAsText(actual);
		assertThat(seeds.snapshot()).as("the seed story, in the database and on its pages").isEqualTo(before);
		System.out.printf("bad-input corpus by upload: %d kinds, %d as expected, %d added, 0 whole-import failures, "
				+ "upload took %d ms; seed story byte for byte unchanged%n", expected.size(), expected.size(),
				actual.values().stream().filter(o -> o.outcome().equals("ADDED")).count(), millis);
	}

	private Map<String, Expected> copyCorpus(Path root) throws IOException {
		FileSystemUtils.copyRecursively(CORPUS, root);
		Files.delete(root.resolve("expected.tsv"));
		Files.delete(root.resolve(".gitattributes"));
		Map<String, Expected> expected = new LinkedHashMap<>();
		Expected.read(CORPUS.resolve("expected.tsv")).forEach((name, kind) -> expected.put(
				name.startsWith("story-") ? name : "corpus/" + name, kind));
		return expected;
	}

	private static void assertOutcomes(Map<String, Outcome> actual, Map<String, Expected> expected) {
		List<String> wrong = new ArrayList<>();
		expected.forEach((name, want) -> {
			Outcome got = actual.get(name);
			if (got == null || !want.matches(got)) {
				wrong.add(name + ": expected " + want + ", got " + got);
			}
		});
		assertThat(wrong).as("files whose outcome differs from the corpus's expectation").isEmpty();
	}

	/** Markup, scripts and control characters in an accepted file are text on its page, never markup. */
	private void assertAcceptedArticlesShowAsText(Map<String, Outcome> actual) throws IOException {
		List<Outcome> added = actual.values().stream().filter(o -> o.outcome().equals("ADDED")).toList();
		assertThat(added).isNotEmpty();
		for (Outcome file : added) {
			Long id = jdbc.sql("select a.id from article a join story s on s.id = a.story_id "
					+ "where s.folder_key = ? and a.source_file = ?").param(file.story()).param(file.sourceFile())
				.query(Long.class).single();
			var page = mvc.get().uri("/articles/{id}", id).exchange();
			assertThat(page.getResponse().getStatus()).as("article %d", id).isEqualTo(200);
			String html = page.getResponse().getContentAsString(StandardCharsets.UTF_8);
			assertThat(html).doesNotContain("<script>alert").doesNotContain("<img src=x");
		}
	}

	private Map<String, Outcome> outcomes(Long runId) {
		@SuppressWarnings("unchecked")
		Map<String, Object> run = mvc.get().uri("/api/imports/{id}", runId).assertThat().bodyJson().convertTo(Map.class)
			.actual();
		assertThat(run.get("status")).isEqualTo("SUCCEEDED");
		Map<String, Outcome> outcomes = new LinkedHashMap<>();
		@SuppressWarnings("unchecked")
		List<Map<String, String>> files = (List<Map<String, String>>) run.get("files");
		for (Map<String, String> file : files) {
			String story = file.get("story");
			String shown = story.startsWith("upload/") ? "" : story + "/";
			outcomes.put(shown + file.get("sourceFile"), new Outcome(story, file.get("sourceFile"),
					file.get("outcome"), file.get("message")));
		}
		return outcomes;
	}

	record Outcome(String story, String sourceFile, String outcome, String message) {
	}

	/** One kind's expected outcome, and the words its reason must hold. */
	record Expected(String outcome, String reason, String uploadOutcome, String uploadReason) {

		static Expected of(String outcome, String reason) {
			return new Expected(outcome, reason, null, null);
		}

		boolean matches(Outcome actual) {
			return actual.outcome().equals(outcome)
					&& (reason == null || actual.message() != null && actual.message().contains(reason));
		}

		Expected byUpload() {
			return uploadOutcome == null ? this : of(uploadOutcome, uploadReason);
		}

		static Map<String, Expected> read(Path tsv) throws IOException {
			Map<String, Expected> kinds = new LinkedHashMap<>();
			try (Stream<String> lines = Files.lines(tsv)) {
				lines.filter(line -> !line.isBlank() && !line.startsWith("#")).map(line -> line.split("\t"))
					.forEach(cells -> kinds.put(cells[0], new Expected(cells[1], cell(cells, 2), cell(cells, 3),
							cell(cells, 4))));
			}
			return kinds;
		}

		private static String cell(String[] cells, int index) {
			return cells.length > index ? cells[index] : null;
		}

		@Override
		public String toString() {
			return outcome + (reason == null ? "" : " (" + reason + ")");
		}

	}

}
