package io.parallax.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.parallax.analysis.AnalysisService;
import io.parallax.stories.StoryStore;
import io.parallax.summary.SummaryService;
import io.parallax.text.SentenceSplitter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Imports a folder of story folders. Files are read and parsed first, outside any transaction; then everything
 * is stored in one transaction, so readers see the previous complete state until the new one commits. Only one
 * import runs at a time, across all instances sharing the database (a PostgreSQL advisory lock).
 */
@Service
public class ImportService {

	private static final Logger log = LoggerFactory.getLogger(ImportService.class);

	private static final long PROGRESS_INTERVAL_NANOS = 250_000_000L;

	private final StoryStore store;

	private final StoryFolderReader reader;

	private final ImportRunRecorder recorder;

	private final TransactionTemplate transactions;

	private final ImportLock lock;

	private final IngestProperties properties;

	private final org.springframework.core.task.TaskExecutor executor;

	private final AnalysisService analysis;

	private final StoryPipeline pipeline;

	private final SummaryService summaries;

	private final TableStatistics statistics;

	ImportService(StoryStore store, SentenceSplitter sentences, IngestProperties properties,
			ImportRunRecorder recorder, TransactionTemplate transactions, ImportLock lock,
			AnalysisService analysis, StoryPipeline pipeline, SummaryService summaries, TableStatistics statistics,
			org.springframework.core.task.TaskExecutor executor) {
		this.summaries = summaries;
		this.statistics = statistics;
		this.store = store;
		this.properties = properties;
		this.reader = new StoryFolderReader(new ArticleFileDecoder(properties.importing().maxFileBytes()),
				new ArticleParser(sentences));
		this.recorder = recorder;
		this.transactions = transactions;
		this.lock = lock;
		this.analysis = analysis;
		this.pipeline = pipeline;
		this.executor = executor;
	}

	/**
	 * Analyses the stories whose articles have not all been analysed, as after an upgrade that added analysis;
	 * under the import lock, so that it never races an import.
	 */
	public void analyseWhatIsMissing() {
		List<Long> stories = analysis.storiesAwaitingAnalysis();
		List<Long> unsummarised = summaries.storiesAwaitingSummary();
		if (stories.isEmpty() && unsummarised.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			if (lock.tryAcquire()) {
				stories.forEach(pipeline::refresh);
				unsummarised.stream().filter(id -> !stories.contains(id)).forEach(pipeline::resummarise);
				log.info("analysed {} stories whose articles had not been analysed, summarised {} again",
						stories.size(), unsummarised.size());
			}
		});
	}

	public ImportOutcome importFolder(Path root, String trigger) {
		return importFolder(root, trigger, null);
	}

	/** Imports now, in this thread; refused (and recorded as failed) while another import runs. */
	public ImportOutcome importFolder(Path root, String trigger, String startedBy) {
		java.util.Optional<ImportLock.Hold> hold = lock.tryHold();
		ImportRun run = recorder.start(trigger, root.toString(), startedBy);
		if (hold.isEmpty()) {
			String reason = recorder.busyMessage();
			recorder.fail(run.getId(), reason);
			return new ImportOutcome(run.getId(), false, reason);
		}
		try (ImportLock.Hold held = hold.get()) {
			return execute(run, root, trigger);
		}
	}

	/** The configured seeds folder, or the seeds packed in the application when that folder does not exist. */
	public Path seedsFolder() throws IOException {
		Path configured = Path.of(properties.seeds().location());
		if (Files.isDirectory(configured)) {
			return configured;
		}
		log.info("no seeds folder at {}; importing the seeds packed in the application", configured.toAbsolutePath());
		return SeedImportAtStartup.unpackSeeds();
	}

	/**
	 * Starts an import in the background and returns its run at once; its progress shows in the run as it goes.
	 *
	 * @throws ImportRefusedException while another import runs, naming it
	 */
	public Long start(Path root, String trigger, String startedBy) {
		ImportLock.Hold hold = lock.tryHold().orElseThrow(() -> new ImportRefusedException(recorder.busyMessage()));
		ImportRun run = recorder.start(trigger, root.toString(), startedBy);
		executor.execute(() -> {
			try (hold) {
				execute(run, root, trigger);
			}
		});
		return run.getId();
	}

	private ImportOutcome execute(ImportRun run, Path root, String trigger) {
		long started = System.nanoTime();
		try {
			List<PreparedStory> prepared = prepare(root, run.getId());
			analysis.prepareEmbeddings(prepared.stream().flatMap(PreparedStory::sentenceTexts).toList());
			List<StageTiming> stages = new ArrayList<>();
			stages.add(new StageTiming("read and parse", (System.nanoTime() - started) / 1_000_000));
			ImportRun done = transactions.execute(status -> pipeline.store(run.getId(), prepared, stages));
			statistics.refresh();
			log.info("import {} of {} ({}): {} in {} ms", done.getId(), root, trigger, done.summary(),
					(System.nanoTime() - started) / 1_000_000);
			return new ImportOutcome(done.getId(), true, done.summary());
		}
		catch (IOException | RuntimeException ex) {
			String reason = ex instanceof ImportRefusedException ? ex.getMessage() : "import failed: " + ex;
			log.warn("import {} of {} ({}) did not run: {}", run.getId(), root, trigger, reason);
			recorder.fail(run.getId(), reason);
			return new ImportOutcome(run.getId(), false, reason);
		}
		finally {
			analysis.discardPreparedEmbeddings();
		}
	}

	private List<PreparedStory> prepare(Path root, Long runId) throws IOException {
		if (!Files.isDirectory(root)) {
			throw new ImportRefusedException("no folder at " + root.toAbsolutePath() + "; nothing changed");
		}
		List<StoryFolder> folders = StoryFolder.scan(root);
		if (folders.stream().allMatch(f -> f.articleFiles().isEmpty())) {
			throw new ImportRefusedException("no .txt article files in " + root.toAbsolutePath()
					+ "; nothing changed (an empty folder never removes articles)");
		}
		int total = folders.stream().mapToInt(f -> f.articleFiles().size()).sum();
		int[] done = { 0 };
		long[] shown = { 0 };
		List<PreparedStory> prepared = new ArrayList<>();
		for (StoryFolder folder : folders) {
			prepared.add(reader.read(folder, store.fingerprints(folder.key()), file -> {
				// Progress is a transaction of its own: written a few times a second, not once per file.
				if (System.nanoTime() - shown[0] > PROGRESS_INTERVAL_NANOS) {
					recorder.progress(runId, total, done[0], file, "parsing");
					shown[0] = System.nanoTime();
				}
				done[0]++;
			}));
		}
		return prepared;
	}

}
