package io.parallax.ingest;

import java.util.List;

import io.parallax.stories.StoryImport;

/**
 * A story folder read and parsed, ready to be stored: what changed, and the files that were unchanged or could
 * not be taken.
 */
record PreparedStory(StoryImport storyImport, List<FileResult> unstoredResults) {
}
