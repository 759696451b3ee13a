package io.parallax.stories;

import java.util.Map;
import java.util.Optional;

/**
 * The SHA-256 of every stored article of a story, by file name, so that an import parses only what changed.
 */
public record StoryFingerprints(Map<String, String> sha256ByFile) {

	public static final StoryFingerprints NONE = new StoryFingerprints(Map.of());

	public StoryFingerprints {
		sha256ByFile = Map.copyOf(sha256ByFile);
	}

	public boolean isUnchanged(String sourceFile, String sha256) {
		return sha256.equals(sha256ByFile.get(sourceFile));
	}

	/** The stored file, other than {@code sourceFile}, whose content has this hash. */
	public Optional<String> fileWithContent(String sha256, String sourceFile) {
		return sha256ByFile.entrySet()
			.stream()
			.filter(e -> e.getValue().equals(sha256) && !e.getKey().equals(sourceFile))
			.map(Map.Entry::getKey)
			.findFirst();
	}

}
