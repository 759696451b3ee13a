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

import io.parallax.stories.FileOutcome;
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

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ImportService(StoryStore store, SentenceSplitter sentences, IngestProperties properties,
			ImportRunRecorder recorder, TransactionTemplate transactions, ImportLock lock,
			ApplicationEventPublisher events, Clock clock) {
		this.store = store;
		this.reader = new StoryFolderReader(new ArticleFileDecoder(properties.importing().maxFileBytes()),
				new ArticleParser(sentences));
		this.recorder = recorder;
		this.transactions = transactions;
		this.lock = lock;
		this.events = events;
		this.clock = clock;
	}

	public ImportOutcome importFolder(Path root, String trigger) {
		long started = System.nanoTime();
		ImportRun run = recorder.start(trigger, root.toString());
		try {
			List<PreparedStory> prepared = prepare(root);
			ImportRun done = transactions.execute(status -> store(run.getId(), prepared));
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

	private List<PreparedStory> prepare(Path root) throws IOException {
		if (!Files.isDirectory(root)) {
			throw new ImportRefusedException("no folder at " + root.toAbsolutePath() + "; nothing changed");
		}
		List<StoryFolder> folders = StoryFolder.scan(root);
		if (folders.stream().allMatch(f -> f.articleFiles().isEmpty())) {
			throw new ImportRefusedException("no .txt article files in " + root.toAbsolutePath()
					+ "; nothing changed (an empty folder never removes articles)");
		}
		List<PreparedStory> prepared = new ArrayList<>();
		for (StoryFolder folder : folders) {
			prepared.add(reader.read(folder, store.fingerprints(folder.key())));
		}
		return prepared;
	}

	private ImportRun store(Long runId, List<PreparedStory> prepared) {
		if (!lock.tryAcquire()) {
			throw new ImportRefusedException("another import is running; try again when it has finished");
		}
		// Keyed by story and file: what storing did to a file replaces what reading it found ("unchanged" files
		// can come back into a story or be renamed).
		Map<List<String>, FileResult> results = new TreeMap<>(Comparator.comparing((List<String> k) -> k.get(0))
			.thenComparing(k -> k.get(1)));
		for (PreparedStory story : prepared) {
			String key = story.storyImport().folderKey();
			story.unstoredResults().forEach(r -> results.put(List.of(key, r.getSourceFile()), r));
			for (FileOutcome outcome : store.save(story.storyImport()).outcomes()) {
				results.put(List.of(key, outcome.sourceFile()), new FileResult(key, outcome.sourceFile(),
						ImportRun.outcomeOf(outcome.kind()), outcome.note()));
			}
		}
		return recorder.succeed(runId, new ArrayList<>(results.values()), clock.instant());
	}

}
