package io.parallax.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import io.parallax.analysis.AnalysisService;
import io.parallax.analysis.AnalysisTimings;
import io.parallax.claims.ClaimService;
import io.parallax.stories.FileOutcome;
import io.parallax.summary.SummaryService;
import io.parallax.stories.StoredStory;
import io.parallax.stories.StoryStore;
import io.parallax.text.SentenceSplitter;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.ApplicationEventPublisher;
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

	private final ImportRunRecorder recorder;

	private final TransactionTemplate transactions;

	private final ImportLock lock;

	private final IngestProperties properties;

	private final org.springframework.core.task.TaskExecutor executor;

	private final ApplicationEventPublisher events;

	private final AnalysisService analysis;

	private final ClaimService claims;

	private final SummaryService summaries;

	private final Clock clock;

	ImportService(StoryStore store, SentenceSplitter sentences, IngestProperties properties,
			ImportRunRecorder recorder, TransactionTemplate transactions, ImportLock lock,
			ApplicationEventPublisher events, AnalysisService analysis, ClaimService claims, SummaryService summaries,
			org.springframework.core.task.TaskExecutor executor, Clock clock) {
		this.executor = executor;
		this.summaries = summaries;
		this.analysis = analysis;
		this.claims = claims;
		this.store = store;
		this.properties = properties;
		this.reader = new StoryFolderReader(new ArticleFileDecoder(properties.importing().maxFileBytes()),
				new ArticleParser(sentences));
		this.recorder = recorder;
		this.transactions = transactions;
		this.lock = lock;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Analyses the stories whose articles have not all been analysed, as after an upgrade that added analysis;
	 * under the import lock, so that it never races an import.
	 */
	public void analyseWhatIsMissing() {
		List<Long> stories = analysis.storiesAwaitingAnalysis();
		if (stories.isEmpty()) {
			return;
		}
		transactions.executeWithoutResult(status -> {
			if (lock.tryAcquire()) {
				stories.forEach(story -> {
					analysis.analyseStory(story);
					claims.compareStory(story);
					summaries.summariseStory(story);
				});
				log.info("analysed {} stories whose articles had not been analysed", stories.size());
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
			String reason = busyMessage();
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
		ImportLock.Hold hold = lock.tryHold().orElseThrow(() -> new ImportRefusedException(busyMessage()));
		ImportRun run = recorder.start(trigger, root.toString(), startedBy);
		executor.execute(() -> {
			try (hold) {
				execute(run, root, trigger);
			}
		});
		return run.getId();
	}

	/**
	 * Adds uploaded article files to a story (an existing one by slug, or a new one by title) through the same
	 * checks and parser as a folder, each refused file with its reason; uploads retire nothing.
	 */
	public ImportOutcome importUploads(String storySlug, String newStoryTitle, List<UploadedFile> files,
			String startedBy) throws IOException {
		String key = storySlug != null && !storySlug.isBlank()
				? store.folderKeyOf(storySlug).orElseThrow(() -> io.parallax.system.NotFoundException.of("story", storySlug))
				: "upload/" + java.util.UUID.randomUUID();
		java.util.Optional<ImportLock.Hold> hold = lock.tryHold();
		ImportRun run = recorder.start("upload", "upload to " + (storySlug != null && !storySlug.isBlank() ? storySlug
				: newStoryTitle), startedBy);
		if (hold.isEmpty()) {
			recorder.fail(run.getId(), busyMessage());
			return new ImportOutcome(run.getId(), false, busyMessage());
		}
		Path folder = Files.createTempDirectory("parallax-upload");
		try (ImportLock.Hold held = hold.get()) {
			List<Path> articles = new ArrayList<>();
			List<Path> others = new ArrayList<>();
			List<FileResult> refused = new ArrayList<>();
			for (UploadedFile file : files) {
				String name = Path.of(file.name()).getFileName().toString();
				if (file.refusal() != null) {
					refused.add(new FileResult(key, name, FileResult.Outcome.FAILED, file.refusal()));
					continue;
				}
				Path path = Files.write(folder.resolve(name), file.bytes());
				(name.toLowerCase().endsWith(".txt") ? articles : others).add(path);
			}
			StoryFolder story = new StoryFolder(key, folder.getFileName().toString(), newStoryTitle, null, articles, others);
			var stored = store.fingerprints(key);
			PreparedStory read = reader.read(story, stored, name -> { }, stored.sha256ByFile().keySet());
			List<FileResult> results = new ArrayList<>(read.unstoredResults());
			results.addAll(refused);
			java.util.Set<String> present = new java.util.HashSet<>(read.storyImport().presentFiles());
			present.addAll(stored.sha256ByFile().keySet());
			var upload = new io.parallax.stories.StoryImport(key, newStoryTitle == null ? key : newStoryTitle,
					newStoryTitle, null, read.storyImport().changed(), present, true);
			if (upload.changed().isEmpty()) {
				ImportRun done = transactions.execute(status -> recorder.succeed(run.getId(), results, List.of(),
						clock.instant()));
				return new ImportOutcome(done.getId(), true, done.summary());
			}
			List<StageTiming> stages = new ArrayList<>();
			ImportRun done = transactions.execute(status -> store(run.getId(),
					List.of(new PreparedStory(upload, results)), stages));
			return new ImportOutcome(done.getId(), true, done.summary());
		}
		catch (RuntimeException ex) {
			recorder.fail(run.getId(), "upload failed: " + ex);
			return new ImportOutcome(run.getId(), false, "upload failed: " + ex.getMessage());
		}
		finally {
			org.springframework.util.FileSystemUtils.deleteRecursively(folder);
		}
	}

	private String busyMessage() {
		return recorder.running()
			.map(r -> "import #%d (%s%s, started %s) is still running; try again when it has finished".formatted(
					r.getId(), r.getTrigger(), r.getStartedBy() == null ? "" : " by " + r.getStartedBy(), r.getStartedAt()))
			.orElse("another import is running; try again when it has finished");
	}

	private ImportOutcome execute(ImportRun run, Path root, String trigger) {
		long started = System.nanoTime();
		try {
			List<PreparedStory> prepared = prepare(root, run.getId());
			List<StageTiming> stages = new ArrayList<>();
			stages.add(new StageTiming("read and parse", (System.nanoTime() - started) / 1_000_000));
			ImportRun done = transactions.execute(status -> store(run.getId(), prepared, stages));
			log.info("import {} of {} ({}): {} in {} ms", done.getId(), root, trigger, done.summary(),
					(System.nanoTime() - started) / 1_000_000);
			if (done.getAdded() + done.getUpdated() + done.getRetired() > 0) {
				events.publishEvent(new ArticlesImported(done.getId(), done.getAdded(), done.getUpdated(),
						done.getRetired()));
			}
			return new ImportOutcome(done.getId(), true, done.summary());
		}
		catch (IOException | RuntimeException ex) {
			String reason = ex instanceof ImportRefusedException ? ex.getMessage() : "import failed: " + ex;
			log.warn("import {} of {} ({}) did not run: {}", run.getId(), root, trigger, reason);
			recorder.fail(run.getId(), reason);
			return new ImportOutcome(run.getId(), false, reason);
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
		List<PreparedStory> prepared = new ArrayList<>();
		for (StoryFolder folder : folders) {
			prepared.add(reader.read(folder, store.fingerprints(folder.key()),
					file -> recorder.progress(runId, total, done[0]++, file, "parsing")));
		}
		return prepared;
	}

	private ImportRun store(Long runId, List<PreparedStory> prepared, List<StageTiming> stages) {
		// Keyed by story and file: what storing did to a file replaces what reading it found ("unchanged" files
		// can come back into a story or be renamed).
		Map<List<String>, FileResult> results = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
			.thenComparing(k -> k.get(1)));
		long storing = 0;
		long analysingArticles = 0;
		long analysingStories = 0;
		int sentences = 0;
		long comparing = 0;
		long summarising = 0;
		for (PreparedStory story : prepared) {
			String key = story.storyImport().folderKey();
			story.unstoredResults().forEach(r -> results.put(List.of(key, r.getSourceFile()), r));
			long start = System.nanoTime();
			recorder.progress(runId, prepared.stream().mapToInt(p -> p.storyImport().presentFiles().size()).sum(),
					prepared.stream().mapToInt(p -> p.storyImport().presentFiles().size()).sum(), null,
					"storing, analysing and comparing " + (key.isEmpty() ? "the story" : key));
			StoredStory stored = store.save(story.storyImport());
			storing += System.nanoTime() - start;
			for (FileOutcome outcome : stored.outcomes()) {
				results.put(List.of(key, outcome.sourceFile()), new FileResult(key, outcome.sourceFile(),
						ImportRun.outcomeOf(outcome.kind()), outcome.note()));
			}
			boolean changed = !stored.outcomes().isEmpty();
			AnalysisTimings analysed = analysis.analyseStory(stored.storyId(), changed);
			analysingArticles += analysed.articleMillis();
			analysingStories += analysed.storyMillis();
			sentences += analysed.sentences();
			if (changed || analysed.sentences() > 0) {
				long compareStart = System.nanoTime();
				claims.compareStory(stored.storyId());
				comparing += System.nanoTime() - compareStart;
				long summaryStart = System.nanoTime();
				summaries.summariseStory(stored.storyId());
				summarising += System.nanoTime() - summaryStart;
			}
		}
		stages.add(new StageTiming("store", storing / 1_000_000));
		stages.add(new StageTiming("analyse articles (%d sentences)".formatted(sentences), analysingArticles));
		stages.add(new StageTiming("analyse stories", analysingStories));
		stages.add(new StageTiming("compare articles", comparing / 1_000_000));
		stages.add(new StageTiming("summarise", summarising / 1_000_000));
		return recorder.succeed(runId, new ArrayList<>(results.values()), stages, clock.instant());
	}

}
