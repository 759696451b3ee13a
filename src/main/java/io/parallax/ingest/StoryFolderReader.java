package io.parallax.ingest;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

import io.parallax.ingest.FileResult.Outcome;
import io.parallax.stories.ArticleContent;
import io.parallax.stories.StoryFingerprints;
import io.parallax.stories.StoryImport;

/**
 * Reads one story folder: hashes every file, parses only those that changed, and turns each file that cannot be
 * taken into a per-file failure. A failed file still counts as present, so that its earlier version stays.
 */
class StoryFolderReader {

	private final ArticleReader articles;

	StoryFolderReader(ArticleReader articles) {
		this.articles = articles;
	}

	/**
	 * @param beforeFile told each file's name before it is read (progress, and the place a cancel takes effect)
	 * @param alsoPresent stored files that count as present though not in the folder (an upload adds to a story)
	 */
	PreparedStory read(StoryFolder folder, StoryFingerprints stored, Consumer<String> beforeFile,
			Set<String> alsoPresent) {
		if (folder.properties().problem() != null) {
			return refusedWhole(folder);
		}
		if (folder.articles().isEmpty()) {
			// A folder without article files changes nothing: an emptied folder never retires its story.
			return PreparedStory.nothingToStore(folder.notes());
		}
		List<ArticleContent> changed = new ArrayList<>();
		List<FileResult> results = new ArrayList<>(folder.notes());
		Set<String> present = new HashSet<>();
		Map<String, String> seenContent = new HashMap<>();
		Set<String> names = new HashSet<>(alsoPresent);
		folder.articles().forEach(a -> names.add(a.name()));
		for (ArticleCandidate candidate : folder.articles()) {
			beforeFile.accept(candidate.name());
			present.add(candidate.name());
			try {
				ArticleFile file = ArticleFile.of(candidate.name(), candidate.bytes().read());
				checkNotDuplicate(file, seenContent, stored, names);
				if (stored.isUnchanged(file.name(), file.sha256())) {
					results.add(new FileResult(folder.key(), file.name(), Outcome.UNCHANGED, null));
				}
				else {
					changed.add(articles.read(file));
				}
			}
			catch (UnreadableArticleException ex) {
				results.add(new FileResult(folder.key(), candidate.name(), Outcome.FAILED, ex.getMessage()));
			}
		}
		boolean storyExists = !stored.sha256ByFile().isEmpty();
		if (changed.isEmpty() && !storyExists) {
			// Nothing to store, and no story yet: a folder of refused files makes no empty story.
			return PreparedStory.nothingToStore(results);
		}
		return new PreparedStory(new StoryImport(folder.key(), folder.name(), folder.properties().title(),
				folder.properties().slug(), changed, present), results, storyExists);
	}

	/** The story.properties cannot be used: every file of the story is reported, and the story stays as it was. */
	private static PreparedStory refusedWhole(StoryFolder folder) {
		List<FileResult> results = new ArrayList<>(folder.notes());
		folder.articles().forEach(a -> results.add(new FileResult(folder.key(), a.name(), Outcome.FAILED,
				folder.properties().problem())));
		if (folder.articles().isEmpty()) {
			results.add(new FileResult(folder.key(), StoryFolder.PROPERTIES, Outcome.FAILED,
					folder.properties().problem()));
		}
		return PreparedStory.nothingToStore(results);
	}

	/**
	 * Two files with the same content are one article: the second is refused, unless the stored one's file has
	 * gone, in which case this is a rename.
	 */
	private static void checkNotDuplicate(ArticleFile file, Map<String, String> seenContent, StoryFingerprints stored,
			Set<String> namesInFolder) throws UnreadableArticleException {
		Optional<String> storedTwin = stored.fileWithContent(file.sha256(), file.name());
		if (storedTwin.isPresent() && namesInFolder.contains(storedTwin.get())) {
			throw new UnreadableArticleException("duplicate: same content as " + storedTwin.get());
		}
		String earlier = seenContent.putIfAbsent(file.sha256(), file.name());
		if (earlier != null) {
			throw new UnreadableArticleException("duplicate: same content as " + earlier);
		}
	}

}
