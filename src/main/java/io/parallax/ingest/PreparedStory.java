package io.parallax.ingest;

import java.util.List;
import java.util.stream.Stream;

import io.parallax.stories.StoryImport;

/**
 * A story folder read and parsed, ready to be stored: what changed, and the files that were unchanged or could
 * not be taken.
 */
record PreparedStory(StoryImport storyImport, List<FileResult> unstoredResults) {

	/** The text of every sentence of the changed articles, as they will be stored. */
	Stream<String> sentenceTexts() {
		return storyImport.changed()
			.stream()
			.flatMap(article -> article.paragraphs().stream())
			.flatMap(paragraph -> paragraph.sentences().stream())
			.map(sentence -> sentence.text());
	}

}
