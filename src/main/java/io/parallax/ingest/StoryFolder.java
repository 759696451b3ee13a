package io.parallax.ingest;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

/**
 * A folder of article files is a story: the loose files of the import root form one story, each sub-folder
 * (at any depth) another. An optional story.properties gives the story's title and slug.
 *
 * @param key the folder's path below the import root ("" for the root itself): the story's identity
 * @param articleFiles the .txt files, by name
 * @param otherFiles files that are not articles and not story.properties, reported so that none goes unseen
 */
record StoryFolder(String key, String name, String title, String slug, List<Path> articleFiles,
		List<Path> otherFiles) {

	static final String PROPERTIES = "story.properties";

	static List<StoryFolder> scan(Path root) throws IOException {
		List<StoryFolder> folders = new ArrayList<>();
		try (Stream<Path> walk = Files.walk(root)) {
			for (Path dir : walk.filter(Files::isDirectory).filter(d -> !isHidden(root, d)).sorted().toList()) {
				StoryFolder folder = read(root, dir);
				if (!folder.articleFiles().isEmpty() || !folder.otherFiles().isEmpty()) {
					folders.add(folder);
				}
			}
		}
		return folders;
	}

	private static StoryFolder read(Path root, Path dir) throws IOException {
		List<Path> articles = new ArrayList<>();
		List<Path> others = new ArrayList<>();
		try (Stream<Path> files = Files.list(dir)) {
			for (Path file : files.filter(Files::isRegularFile).sorted(Comparator.comparing(Path::toString)).toList()) {
				String name = file.getFileName().toString();
				if (name.toLowerCase().endsWith(".txt")) {
					articles.add(file);
				}
				else if (!name.equals(PROPERTIES) && !name.startsWith(".")) {
					others.add(file);
				}
			}
		}
		Properties properties = properties(dir.resolve(PROPERTIES));
		String key = root.relativize(dir).toString().replace('\\', '/');
		String name = dir.getFileName() == null ? key : dir.getFileName().toString();
		return new StoryFolder(key, name, blankToNull(properties.getProperty("title")),
				blankToNull(properties.getProperty("slug")), articles, others);
	}

	private static Properties properties(Path file) throws IOException {
		Properties properties = new Properties();
		if (Files.isRegularFile(file)) {
			try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
				properties.load(reader);
			}
		}
		return properties;
	}

	private static boolean isHidden(Path root, Path dir) {
		return !dir.equals(root) && dir.getFileName().toString().startsWith(".");
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

}
