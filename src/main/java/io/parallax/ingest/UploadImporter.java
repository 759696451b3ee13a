package io.parallax.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.parallax.stories.StoryImport;
import io.parallax.stories.StoryStore;
import io.parallax.system.NotFoundException;
import io.parallax.text.SentenceSplitter;

import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Uploads: article files an admin sends, added to a story through the same checks, parser and stages as a folder's.
 */
@Service
public class UploadImporter {

	private final StoryStore store;

	private final StoryFolderReader reader;

	private final ImportRunRecorder recorder;

	private final ImportLock lock;

	private final StoryPipeline pipeline;

	private final TransactionTemplate transactions;

	private final java.time.Clock clock;

	private final TableStatistics statistics;

	UploadImporter(StoryStore store, SentenceSplitter sentences, IngestProperties properties, ImportRunRecorder recorder,
			ImportLock lock, StoryPipeline pipeline, TransactionTemplate transactions, java.time.Clock clock,
			TableStatistics statistics) {
		this.statistics = statistics;
		this.store = store;
		this.reader = new StoryFolderReader(new ArticleFileDecoder(properties.importing().maxFileBytes()),
				new ArticleParser(sentences));
		this.recorder = recorder;
		this.lock = lock;
		this.pipeline = pipeline;
		this.transactions = transactions;
		this.clock = clock;
	}

	/**
	 * Adds uploaded article files to a story (an existing one by slug, or a new one by title) through the same
	 * checks and parser as a folder, each refused file with its reason; uploads retire nothing.
	 */
	public ImportOutcome importUploads(String storySlug, String newStoryTitle, List<UploadedFile> files,
			String startedBy) throws IOException {
		String key = storySlug != null && !storySlug.isBlank()
				? store.folderKeyOf(storySlug).orElseThrow(() -> NotFoundException.of("story", storySlug))
				: "upload/" + UUID.randomUUID();
		Optional<ImportLock.Hold> hold = lock.tryHold();
		ImportRun run = recorder.start("upload", "upload to " + (storySlug != null && !storySlug.isBlank() ? storySlug
				: newStoryTitle), startedBy);
		if (hold.isEmpty()) {
			recorder.fail(run.getId(), recorder.busyMessage());
			return new ImportOutcome(run.getId(), false, recorder.busyMessage());
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
			Set<String> present = new HashSet<>(read.storyImport().presentFiles());
			present.addAll(stored.sha256ByFile().keySet());
			var upload = new StoryImport(key, newStoryTitle == null ? key : newStoryTitle,
					newStoryTitle, null, read.storyImport().changed(), present, true);
			if (upload.changed().isEmpty()) {
				ImportRun done = transactions.execute(status -> recorder.succeed(run.getId(), results, List.of(),
						clock.instant()));
				return new ImportOutcome(done.getId(), true, done.summary());
			}
			List<StageTiming> stages = new ArrayList<>();
			ImportRun done = transactions.execute(status -> pipeline.store(run.getId(),
					List.of(new PreparedStory(upload, results)), stages));
			statistics.refresh();
			return new ImportOutcome(done.getId(), true, done.summary());
		}
		catch (RuntimeException ex) {
			recorder.fail(run.getId(), "upload failed: " + ex);
			return new ImportOutcome(run.getId(), false, "upload failed: " + ex.getMessage());
		}
		finally {
			FileSystemUtils.deleteRecursively(folder);
		}
	}

}
