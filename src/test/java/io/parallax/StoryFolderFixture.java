package io.parallax;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * Builds story folders for tests: a copy of the real seed files in a sub-folder of its own, with a unique slug, so
 * that tests never touch each other's stories.
 */
public final class StoryFolderFixture {

	public static final Path SEEDS = Path.of("seeds");

	/** The articles in other sites' shapes that the parser is tested on. */
	public static final Path VARIED = Path.of("src/test/resources/articles/varied");

	private static final String[] NAMES = { "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Mensah",
			"Ferreira" };

	private final Path root;

	private final Path story;

	private final String slug;

	private StoryFolderFixture(Path root, String slug) throws IOException {
		this.root = root;
		this.slug = slug;
		this.story = Files.createDirectories(root.resolve(slug));
	}

	/** A story folder below {@code root} holding copies of the five seed files. */
	public static StoryFolderFixture seedCopy(Path root) throws IOException {
		StoryFolderFixture fixture = empty(root);
		try (Stream<Path> seeds = Files.list(SEEDS)) {
			for (Path seed : seeds.toList()) {
				Files.copy(seed, fixture.story.resolve(seed.getFileName()));
			}
		}
		return fixture;
	}

	public static StoryFolderFixture empty(Path root) throws IOException {
		String slug = "test-" + UUID.randomUUID().toString().substring(0, 8);
		StoryFolderFixture fixture = new StoryFolderFixture(root, slug);
		fixture.write("story.properties", "title=Test story " + slug + "\nslug=" + slug + "\n");
		return fixture;
	}

	/**
	 * A story of {@code count} articles made from the seeds and the varied test articles: each copy swaps in other
	 * surnames and numbers and ends with a sentence of its own, so that no two files are the same (most sentences
	 * still repeat, as wire copy does across outlets).
	 */
	public static StoryFolderFixture replicated(Path root, int count) throws IOException {
		StoryFolderFixture fixture = empty(root);
		List<String> texts = baseTexts();
		for (int i = 0; i < count; i++) {
			fixture.write("article-%04d.txt".formatted(i), vary(texts.get(i % texts.size()), i));
		}
		return fixture;
	}

	/** A story of {@code count} short articles, each a little different, for imports that take a while. */
	public static StoryFolderFixture harbourArticles(Path root, int count) throws IOException {
		StoryFolderFixture fixture = empty(root);
		for (int i = 0; i < count; i++) {
			fixture.write("article-%04d.txt".formatted(i), """
					Harbour reopens after repairs, number %d

					The harbour reopened on Monday after %d days of repairs, officials said. Ships queued outside.
					"We are open for business," the harbour master told reporters.
					""".formatted(i, i + 2));
		}
		return fixture;
	}

	/** Copy {@code i} of an article: other surnames and numbers, and a closing sentence of its own. */
	public static String vary(String text, int i) {
		return text.replace("Witkoff", NAMES[i % NAMES.length])
			.replace("Ushakov", NAMES[(i + 3) % NAMES.length])
			.replace("200", String.valueOf(100 + i)) + "\n\nThis is copy " + i + " of the story.\n";
	}

	/** The texts of the seeds and of the varied test articles, in file order. */
	public static List<String> baseTexts() throws IOException {
		List<String> texts = new ArrayList<>();
		for (Path folder : List.of(SEEDS, VARIED)) {
			try (Stream<Path> files = Files.list(folder)) {
				for (Path file : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
					texts.add(Files.readString(file));
				}
			}
		}
		return texts;
	}

	public StoryFolderFixture write(String name, String text) throws IOException {
		return write(name, text.getBytes(StandardCharsets.UTF_8));
	}

	public StoryFolderFixture write(String name, byte[] bytes) throws IOException {
		Files.createDirectories(story.resolve(name).getParent());
		Files.write(story.resolve(name), bytes);
		return this;
	}

	public StoryFolderFixture delete(String name) throws IOException {
		Files.delete(story.resolve(name));
		return this;
	}

	public StoryFolderFixture rename(String from, String to) throws IOException {
		Files.move(story.resolve(from), story.resolve(to));
		return this;
	}

	public Path root() {
		return root;
	}

	public Path folder() {
		return story;
	}

	public String slug() {
		return slug;
	}

}
