package io.parallax.stories;

import java.util.List;

/**
 * A story after an import stored it: its id, and what happened to each file that changed.
 */
public record StoredStory(Long storyId, List<FileOutcome> outcomes) {
}
