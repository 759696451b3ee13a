package io.parallax.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;


import io.parallax.ingest.FileResult.Outcome;
import io.parallax.stories.ArticleContent;
import io.parallax.stories.StoryFingerprints;
import io.parallax.stories.StoryImport;

/**
 * Reads one story folder: hashes every file, parses only those that changed, and turns each file that cannot be
 * taken into a per-file failure. A failed file still counts as present, so that its earlier version stays.
 */
class StoryFolderReader {

	private final ArticleFileDecoder decoder;

	private final ArticleParser parser;

	StoryFolderReader(ArticleFileDecoder decoder, ArticleParser parser) {
		this.decoder = decoder;
		this.parser = parser;
	}

	PreparedStory read(StoryFolder folder, StoryFingerprints stored, java.util.function.Consumer<String> beforeFile) {
		return read(folder, stored, beforeFile, Set.of());
	}

	/**
	 * @param alsoPresent stored files that count as present though not in the folder (an upload adds to a story)
	 */
	PreparedStory read(StoryFolder folder, StoryFingerprints stored, java.util.function.Consumer<String> beforeFile,
			Set<String> alsoPresent) {
		List<ArticleContent> changed = new ArrayList<>();
		List<FileResult> results = new ArrayList<>();
		Set<String> present = new HashSet<>();
		Map<String, String> seenContent = new HashMap<>();
		Set<String> names = new HashSet<>(alsoPresent);
		folder.articleFiles().forEach(f -> names.add(f.getFileName().toString()));
		for (Path path : folder.articleFiles()) {
			String name = path.getFileName().toString();
			beforeFile.accept(name);
			present.add(name);
			try {
				ArticleFile file = load(path);
				checkNotDuplicate(file, seenContent, stored, names);
				if (stored.isUnchanged(name, file.sha256())) {
					results.add(new FileResult(folder.key(), name, Outcome.UNCHANGED, null));
				}
				else {
					changed.add(parser.parse(decoder.decode(file.bytes())).toContent(file));
				}
			}
			catch (UnreadableArticleException ex) {
				results.add(new FileResult(folder.key(), name, Outcome.FAILED, ex.getMessage()));
			}
		}
		folder.otherFiles()
			.forEach(other -> results.add(new FileResult(folder.key(), other.getFileName().toString(), Outcome.FAILED,
					"not an article file: only .txt files are imported")));
		return new PreparedStory(new StoryImport(folder.key(), folder.name(), folder.title(), folder.slug(), changed,
				present), results);
	}

	private ArticleFile load(Path path) throws UnreadableArticleException {
		try {
			decoder.checkSize(Files.size(path));
			return ArticleFile.of(path.getFileName().toString(), Files.readAllBytes(path));
		}
		catch (IOException ex) {
			throw new UnreadableArticleException("cannot be read: " + ex.getMessage());
		}
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
