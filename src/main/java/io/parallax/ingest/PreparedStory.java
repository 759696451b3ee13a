package io.parallax.ingest;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.parallax.stories.StoryImport;

/**
 * A story folder read and parsed, ready to be stored: what changed, and the files that were unchanged or could
 * not be taken.
 *
 * @param storyImport what to store, or null when nothing of this folder is to be stored (its story.properties
 *     cannot be used, or it would be a new story without a single article)
 * @param storyExists whether the story is already stored (a new story needs at least one article)
 */
record PreparedStory(StoryImport storyImport, List<FileResult> unstoredResults, boolean storyExists) {

	static PreparedStory nothingToStore(List<FileResult> results) {
		return new PreparedStory(null, results, false);
	}

	/** The same story without the named files' changes: they stay present, so their earlier versions stay too. */
	PreparedStory without(Set<String> files, List<FileResult> refusals) {
		List<FileResult> results = new ArrayList<>(unstoredResults);
		results.addAll(refusals);
		if (storyImport == null) {
			return nothingToStore(results);
		}
		StoryImport story = new StoryImport(storyImport.folderKey(), storyImport.folderName(), storyImport.title(),
				storyImport.slug(), storyImport.changed().stream().filter(a -> !files.contains(a.sourceFile())).toList(),
				storyImport.presentFiles(), storyImport.upload());
		return story.changed().isEmpty() && !storyExists ? nothingToStore(results)
				: new PreparedStory(story, results, storyExists);
	}

	/** The text of every sentence of the changed articles, as they will be stored; none when nothing is. */
	Stream<String> sentenceTexts() {
		if (storyImport == null) {
			return Stream.empty();
		}
		return storyImport.changed()
			.stream()
			.flatMap(article -> article.paragraphs().stream())
			.flatMap(paragraph -> paragraph.sentences().stream())
			.map(sentence -> sentence.text());
	}

}
