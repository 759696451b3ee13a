package io.parallax.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicInteger;

import io.parallax.analysis.AnalysisService;
import io.parallax.analysis.AnalysisVersion;
import io.parallax.stories.StoryStore;
import io.parallax.summary.SummaryService;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.task.TaskExecutor;
import org.springframework.dao.DataAccessException;
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

	private final StoryStore store;

	private final StoryFolderReader reader;

	private final SafeFileReader files;

	private final ImportRunRecorder recorder;

	private final TransactionTemplate transactions;

	private final ImportLock lock;

	private final IngestProperties properties;

	private final TaskExecutor executor;

	private final AnalysisService analysis;

	private final StoryPipeline pipeline;

	private final SummaryService summaries;

	// Imports this instance runs or has been asked to run now; readers are told that an import is in progress.
	private final AtomicInteger inProgress = new AtomicInteger();

	ImportService(StoryStore store, StoryFolderReader reader, SafeFileReader files, IngestProperties properties,
			ImportRunRecorder recorder, TransactionTemplate transactions, ImportLock lock, AnalysisService analysis,
			StoryPipeline pipeline, SummaryService summaries, TaskExecutor executor) {
		this.summaries = summaries;
		this.store = store;
		this.reader = reader;
		this.files = files;
		this.properties = properties;
		this.recorder = recorder;
		this.transactions = transactions;
		this.lock = lock;
		this.analysis = analysis;
		this.pipeline = pipeline;
		this.executor = executor;
	}

	/** Whether this instance is importing now (or about to, at start-up). */
	public boolean isImporting() {
		return inProgress.get() > 0;
	}

	/**
	 * Analyses the stories whose articles have not all been analysed by this version of the analysis, as after an
	 * upgrade; under the import lock, so that it never races an import.
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
				log.info("analysed {} stories whose articles had not been analysed by this version of the analysis"
						+ " ({}), summarised {} again", stories.size(), AnalysisVersion.CURRENT, unsummarised.size());
			}
		});
	}

	public ImportOutcome importFolder(Path root, String trigger) {
		return importFolder(root, trigger, null);
	}

	/** Imports now, in this thread; refused (and recorded as failed) while another import runs. */
	public ImportOutcome importFolder(Path root, String trigger, String startedBy) {
		Optional<ImportLock.Hold> hold = StoryPipeline.RETRY.invoke(lock::tryHold);
		if (hold.isEmpty()) {
			return recorder.refusedWhileBusy(trigger, root.toString(), startedBy);
		}
		try (ImportLock.Hold held = hold.get()) {
			ImportRun run = StoryPipeline.RETRY.invoke(() -> recorder.start(trigger, root.toString(), startedBy));
			return execute(held, run, root, trigger);
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
		ImportLock.Hold hold = StoryPipeline.RETRY.invoke(lock::tryHold)
			.orElseThrow(() -> new ImportRefusedException(recorder.busyMessage()));
		ImportRun run;
		try {
			run = StoryPipeline.RETRY.invoke(() -> recorder.start(trigger, root.toString(), startedBy));
		}
		catch (RuntimeException ex) {
			hold.close();
			throw ex;
		}
		inBackground(() -> {
			try (hold) {
				execute(hold, run, root, trigger);
			}
		});
		return run.getId();
	}

	/** Runs import work in the background while readers are told that an import is in progress. */
	void inBackground(Runnable work) {
		inProgress.incrementAndGet();
		executor.execute(() -> {
			try {
				work.run();
			}
			catch (RuntimeException ex) {
				log.error("import work in the background failed", ex);
			}
			finally {
				inProgress.decrementAndGet();
			}
		});
	}

	/** Asks a running import to stop, from this instance or another; it keeps nothing. */
	public boolean cancel(Long runId, String by) {
		return recorder.requestCancel(runId, by);
	}

	private ImportOutcome execute(ImportLock.Hold hold, ImportRun run, Path root, String trigger) {
		long started = System.nanoTime();
		inProgress.incrementAndGet();
		try {
			List<PreparedStory> prepared = prepare(root, run.getId());
			analysis.prepareEmbeddings(prepared.stream().flatMap(PreparedStory::sentenceTexts).toList());
			List<StageTiming> stages = new ArrayList<>();
			stages.add(new StageTiming("read and parse", (System.nanoTime() - started) / 1_000_000));
			ImportRun done = pipeline.storeAll(hold, run.getId(), prepared, stages);
			log.info("import {} of {} ({}): {} in {} ms", done.getId(), root, trigger, done.summary(),
					(System.nanoTime() - started) / 1_000_000);
			return new ImportOutcome(done.getId(), true, done.summary());
		}
		catch (IOException ex) {
			return end(run, root, trigger, new ImportRefusedException("the import folder cannot be read: "
					+ (ex.getMessage() == null ? "input/output error" : "cannot list " + ex.getMessage())));
		}
		catch (RuntimeException ex) {
			return end(run, root, trigger, ex);
		}
		finally {
			analysis.discardPreparedEmbeddings();
			inProgress.decrementAndGet();
		}
	}

	private ImportOutcome end(ImportRun run, Path root, String trigger, RuntimeException failure) {
		String reason;
		try {
			reason = recorder.end(run.getId(), failure);
		}
		catch (RuntimeException ex) {
			reason = "the import did not complete, and its run could not be recorded: " + failure.getMessage();
			log.error("import {} could not be closed; the next start marks it", run.getId(), ex);
		}
		log.warn("import {} of {} ({}) did not complete: {}", run.getId(), root, trigger, reason);
		return new ImportOutcome(run.getId(), false, reason);
	}

	private List<PreparedStory> prepare(Path root, Long runId) throws IOException {
		if (!Files.isDirectory(root)) {
			throw new ImportRefusedException("no folder at " + root.toAbsolutePath() + "; nothing changed");
		}
		List<StoryFolder> folders = StoryFolder.scan(root, files);
		if (folders.stream().allMatch(f -> f.articles().isEmpty())) {
			throw new ImportRefusedException("no article files (.txt, .html, .htm) in " + root.toAbsolutePath()
					+ "; nothing changed (an empty folder never removes articles)");
		}
		int total = folders.stream().mapToInt(f -> f.articles().size()).sum();
		int[] done = { 0 };
		List<PreparedStory> prepared = new ArrayList<>();
		for (StoryFolder folder : folders) {
			prepared.add(reader.read(folder, store.fingerprints(folder.key()),
					file -> progress(runId, total, done[0]++, file), java.util.Set.of()));
		}
		return prepared;
	}

	/** Progress is shown for the admin's sake: a lost connection must not cost the import, but a cancel stops it. */
	private void progress(Long runId, int total, int done, String file) {
		try {
			recorder.progress(runId, total, done, file, "parsing");
		}
		catch (DataAccessException ex) {
			log.debug("import {}: progress not recorded ({})", runId, ex.getMessage());
		}
	}

}
