package io.parallax.stories;

import java.util.List;
import java.util.Set;

/**
 * What one import brings to one story folder.
 *
 * @param folderKey identifies the story across imports (the folder's path below the import root)
 * @param folderName the folder's own name, the slug's fallback for sub-folders
 * @param title the title from story.properties, or null to derive one from the headlines
 * @param slug the slug from story.properties, or null
 * @param changed articles whose files are new or differ from what is stored
 * @param presentFiles the names of every readable article file now in the folder, changed or not
 * @param upload true for articles an admin uploaded: they add to the story and retire nothing
 */
public record StoryImport(String folderKey, String folderName, String title, String slug,
		List<ArticleContent> changed, Set<String> presentFiles, boolean upload) {

	public StoryImport {
		changed = List.copyOf(changed);
		presentFiles = Set.copyOf(presentFiles);
	}

	public StoryImport(String folderKey, String folderName, String title, String slug, List<ArticleContent> changed,
			Set<String> presentFiles) {
		this(folderKey, folderName, title, slug, changed, presentFiles, false);
	}

	boolean isImportRoot() {
		return folderKey.isEmpty();
	}

}
