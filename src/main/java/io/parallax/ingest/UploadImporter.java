package io.parallax.ingest;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import io.parallax.stories.StoryFingerprints;
import io.parallax.stories.StoryImport;
import io.parallax.stories.StoryStore;
import io.parallax.system.NotFoundException;

import org.springframework.stereotype.Service;

/**
 * Uploads: article files an admin sends, added to a story through the same checks, parser and stages as a folder's.
 * Nothing is written to disk: a sent name is reduced to its base name, and an odd one refused, file by file.
 */
@Service
public class UploadImporter {

	/** The longest title a new story may have, as for story.properties. */
	public static final int MAX_TITLE_LENGTH = StoryProperties.MAX_TITLE_LENGTH;

	private final StoryStore store;

	private final StoryFolderReader reader;

	private final ArticleFileDecoder decoder;

	private final ImportRunRecorder recorder;

	private final ImportLock lock;

	private final StoryPipeline pipeline;

	UploadImporter(StoryStore store, StoryFolderReader reader, ArticleFileDecoder decoder, ImportRunRecorder recorder,
			ImportLock lock, StoryPipeline pipeline) {
		this.store = store;
		this.reader = reader;
		this.decoder = decoder;
		this.recorder = recorder;
		this.lock = lock;
		this.pipeline = pipeline;
	}

	/**
	 * Adds uploaded article files to a story (an existing one by slug, or a new one by title) through the same
	 * checks and parser as a folder, each refused file with its reason; uploads retire nothing.
	 */
	public ImportOutcome importUploads(String storySlug, String newStoryTitle, List<UploadedFile> files,
			String startedBy) {
		boolean existing = storySlug != null && !storySlug.isBlank();
		String key = existing ? store.folderKeyOf(storySlug).orElseThrow(() -> NotFoundException.of("story", storySlug))
				: "upload/" + UUID.randomUUID();
		String location = "upload to " + (existing ? storySlug : newStoryTitle);
		Optional<ImportLock.Hold> hold = StoryPipeline.RETRY.invoke(lock::tryHold);
		if (hold.isEmpty()) {
			return recorder.refusedWhileBusy("upload", location, startedBy);
		}
		try (ImportLock.Hold held = hold.get()) {
			ImportRun run = StoryPipeline.RETRY.invoke(() -> recorder.start("upload", location, startedBy));
			try {
				ImportRun done = pipeline.storeAll(held, run.getId(), List.of(prepare(key, newStoryTitle, files)),
						List.of());
				return new ImportOutcome(done.getId(), true, done.summary());
			}
			catch (RuntimeException ex) {
				return new ImportOutcome(run.getId(), false, recorder.end(run.getId(), ex));
			}
		}
	}

	private PreparedStory prepare(String key, String newStoryTitle, List<UploadedFile> files) {
		UploadedFolder uploaded = UploadedFolder.of(key, files, store.folderFiles(key), decoder);
		StoryFingerprints stored = store.fingerprints(key);
		StoryFolder folder = new StoryFolder(key, key, new StoryProperties(newStoryTitle, null, null),
				uploaded.articles(), uploaded.refusals());
		PreparedStory read = reader.read(folder, stored, name -> { }, stored.sha256ByFile().keySet());
		if (read.storyImport() == null) {
			return read;
		}
		Set<String> present = new HashSet<>(read.storyImport().presentFiles());
		present.addAll(stored.sha256ByFile().keySet());
		StoryImport upload = new StoryImport(key, newStoryTitle == null ? key : newStoryTitle, newStoryTitle, null,
				read.storyImport().changed(), present, true);
		return new PreparedStory(upload, new ArrayList<>(read.unstoredResults()), read.storyExists());
	}

}
