package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import io.parallax.analysis.AnalysisService;
import io.parallax.claims.ClaimService;
import io.parallax.stories.StoryStore;
import io.parallax.summary.SummaryService;
import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.unit.DataSize;

/**
 * An import's life: readers are told it is in progress and keep reading; an admin cancels it and nothing of it is
 * kept; a refused upload names the import that runs; a run no process holds is closed at once; and a file whose
 * analysis runs over its time limit is refused while the rest of the import is stored.
 */
@IntegrationTest
class ImportLifecycleTest {

	@Autowired
	private ImportService imports;

	@Autowired
	private UploadImporter uploads;

	@Autowired
	private ImportRunRecorder recorder;

	@Autowired
	private ImportHistory history;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private JdbcClient jdbc;

	@Test
	void whileAnImportRunsReadersAreToldAndAnUploadNamesItAndACancelKeepsNothing(@TempDir Path root)
			throws Exception {
		StoryFolderFixture story = StoryFolderFixture.harbourArticles(root, 1500);
		Long run = imports.start(root, "test", "lifecycle test");

		assertThat(mvc.get().uri("/")).hasStatusOk().bodyText().contains("An import is in progress")
			.contains("Trump and Putin");
		ImportOutcome refused = uploads.importUploads(null, "Refused upload",
				List.of(UploadedFile.of("a.txt", "A title\n\nOne sentence here. And another one there.".getBytes())),
				"admin");
		assertThat(refused.succeeded()).isFalse();
		assertThat(refused.message()).startsWith("import #" + run + " (test by lifecycle test");

		assertThat(imports.cancel(run, "admin")).isTrue();
		Awaitility.await().atMost(Duration.ofMinutes(2)).until(() -> !history.one(run).running());
		assertThat(history.one(run).status()).isEqualTo("CANCELLED");
		assertThat(history.one(run).message()).startsWith("cancelled by admin after").endsWith("nothing of this import was kept");
		assertThat(mvc.get().uri("/api/stories/{slug}", story.slug())).hasStatus(404);
		assertThat(imports.cancel(run, "admin")).as("not running any more").isFalse();
	}

	@Test
	void anImportAskedForWhileAShortTransactionHoldsTheLockWaitsForItInsteadOfBeingRefused(@TempDir Path root,
			@Autowired ImportLock lock, @Autowired TransactionTemplate transactions) throws Exception {
		StoryFolderFixture.seedCopy(root);
		java.util.concurrent.CountDownLatch held = new java.util.concurrent.CountDownLatch(1);
		Thread housekeeping = new Thread(() -> transactions.executeWithoutResult(status -> {
			assertThat(lock.tryAcquire()).isTrue();
			held.countDown();
			sleep(Duration.ofMillis(1500));
		}));
		housekeeping.start();
		held.await();

		ImportOutcome outcome = imports.importFolder(root, "test");
		housekeeping.join();

		assertThat(outcome.succeeded()).as(outcome.message()).isTrue();
	}

	private static void sleep(Duration duration) {
		try {
			Thread.sleep(duration.toMillis());
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	@Test
	void aRunThatNoProcessHoldsIsCancelledAtOnce() {
		ImportRun orphan = recorder.start("test", "a process that died", null);
		assertThat(imports.cancel(orphan.getId(), "admin")).isTrue();
		assertThat(history.one(orphan.getId()).status()).isEqualTo("CANCELLED");
	}

	@Test
	void aFileOverItsAnalysisTimeLimitIsRefusedAndItsEarlierVersionStays(@TempDir Path root,
			@Autowired StoryStore store, @Autowired AnalysisService analysis, @Autowired ClaimService claims,
			@Autowired SummaryService summaries, @Autowired TransactionTemplate transactions, @Autowired Clock clock,
			@Autowired StoryFolderReader reader, @Autowired ImportLock lock, @Autowired SafeFileReader files,
			@Autowired TableStatistics statistics, @Autowired org.springframework.core.task.TaskExecutor executor)
			throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root);
		imports.importFolder(root, "test");
		Path changed = story.folder().resolve("000_493ea4d1bb318be5.txt");
		Files.writeString(changed, Files.readString(changed) + "\nA late paragraph was added to this article.\n");
		String before = headlinesAndSizes(story.slug());

		IngestProperties oneMillisecond = new IngestProperties(new IngestProperties.Seeds("seeds",
				IngestProperties.StartupImport.NEVER), new IngestProperties.Import(DataSize.ofMegabytes(2), DataSize.ofMegabytes(10), 10, 2,
						20_000, 3_000, 1_000, Duration.ofSeconds(30), Duration.ofMillis(1)));
		StoryPipeline strict = new StoryPipeline(store, recorder, analysis, claims, summaries, transactions,
				oneMillisecond, clock, statistics, executor);
		ImportRun run = recorder.start("test", root.toString(), null);
		try (ImportLock.Hold hold = lock.tryHold().orElseThrow()) {
			StoryFolder folder = StoryFolder.scan(root, files).get(0);
			PreparedStory prepared = reader.read(folder, store.fingerprints(folder.key()), name -> { },
					java.util.Set.of());
			strict.storeAll(hold, run.getId(), List.of(prepared), List.of());
		}
		Map<String, String> errors = history.one(run.getId()).errors().stream()
			.collect(java.util.stream.Collectors.toMap(ImportRunJson.FileJson::sourceFile,
					ImportRunJson.FileJson::message));
		assertThat(history.one(run.getId()).status()).isEqualTo("SUCCEEDED");
		assertThat(errors).containsEntry("000_493ea4d1bb318be5.txt",
				"too long to analyse: analysing it took longer than 1 ms");
		assertThat(headlinesAndSizes(story.slug())).as("the earlier version stays").isEqualTo(before);
	}

	private String headlinesAndSizes(String slug) {
		return jdbc.sql("""
				select string_agg(a.source_file || ':' || a.sha256 || ':' || a.word_count, ',' order by a.id)
				from article a join story s on s.id = a.story_id where s.folder_key = ?""")
			.param(slug).query(String.class).single();
	}

}
