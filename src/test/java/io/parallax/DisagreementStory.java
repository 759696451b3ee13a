package io.parallax;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

import io.parallax.ingest.ImportService;

/**
 * A small story whose outlets genuinely disagree, for the tests of the disagreement views: four articles written
 * for the tests about one fire (src/test/resources/stories/plant-fire), two of which give the same count of
 * firefighters taken to hospital (fourteen) and one another (nine), two of which date the plant's last safety
 * inspection to different days of March, and one of which gives neither: disagreements on a number and on a
 * written-out date, the two kinds the views show most, in a story the tests control.
 */
public final class DisagreementStory {

	public static final Path FOLDER = Path.of("src/test/resources/stories/plant-fire");

	public static final String SLUG = "test-kestrel-point-fire";

	public static final String TITLE = "Test story: the Kestrel Point recycling plant fire";

	private DisagreementStory() {
	}

	/**
	 * Writes {@code count} copies of the story's articles into another story, in turn, each with a closing sentence
	 * of its own (before the outlet's copyright line): a large story in which many articles give each of the
	 * conflicting values.
	 */
	public static void copiesInto(StoryFolderFixture story, int count) throws IOException {
		List<Path> articles;
		try (Stream<Path> files = Files.list(FOLDER)) {
			articles = files.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
		}
		for (int i = 0; i < count; i++) {
			Path article = articles.get(i % articles.size());
			story.write("fire-%02d-%s".formatted(i, article.getFileName()),
					Files.readString(article).replace("\n© ", "\nThis is copy " + i + " of the report.\n\n© "));
		}
	}

	/**
	 * Imports the story (again: an unchanged story is left as it is) and returns its slug; the tests of one context
	 * share it.
	 */
	public static String imported(ImportService imports) throws IOException {
		Path root = Files.createTempDirectory("parallax-disagreement");
		Path story = Files.createDirectories(root.resolve(SLUG));
		try (Stream<Path> files = Files.list(FOLDER)) {
			for (Path file : files.toList()) {
				Files.copy(file, story.resolve(file.getFileName()));
			}
		}
		if (!imports.importFolder(root, "test").succeeded()) {
			throw new IllegalStateException("the disagreement story did not import");
		}
		return SLUG;
	}

}
