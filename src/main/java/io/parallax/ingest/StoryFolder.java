package io.parallax.ingest;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.parallax.ingest.FileResult.Outcome;

/**
 * A folder of article files is a story: the loose files of the import root form one story, each sub-folder
 * (at any depth) another. An optional story.properties gives the story's title and slug.
 *
 * <p>Only regular files inside the import folder are read. Symbolic links (to files or folders, inside or outside)
 * are refused, hidden files and folders skipped, and each is named in the import report, so that nothing in the
 * folder goes unseen.
 *
 * @param key the folder's path below the import root ("" for the root itself): the story's identity
 * @param articles the .txt files and saved pages (.html, .htm), by name
 * @param notes what became of the folder's other entries: links, non-article files, hidden ones
 */
record StoryFolder(String key, String name, StoryProperties properties, List<ArticleCandidate> articles,
		List<FileResult> notes) {

	static final String PROPERTIES = "story.properties";

	static final String NOT_AN_ARTICLE = "not an article file: only .txt files and saved web pages (.html, .htm) "
			+ "are imported";

	/** "Page_files", the folder a browser saves a page's images, styles and scripts in, beside "Page.html". */
	private static final String ASSETS_SUFFIX = "_files";

	/** Every story folder under {@code root}, without following links; hidden folders are skipped whole. */
	static List<StoryFolder> scan(Path root, SafeFileReader files) throws IOException {
		Path realRoot = root.toRealPath();
		List<StoryFolder> folders = new ArrayList<>();
		Files.walkFileTree(realRoot, new SimpleFileVisitor<>() {
			@Override
			public FileVisitResult preVisitDirectory(Path dir, BasicFileAttributes attributes) throws IOException {
				if (!dir.equals(realRoot) && (isHidden(dir) || assetsOf(dir) != null)) {
					return FileVisitResult.SKIP_SUBTREE;
				}
				folders.add(readOrReport(realRoot, dir, files));
				return FileVisitResult.CONTINUE;
			}

			@Override
			public FileVisitResult visitFileFailed(Path file, IOException ex) {
				return FileVisitResult.CONTINUE; // reported by readOrReport
			}
		});
		return folders.stream().filter(f -> !f.articles().isEmpty() || !f.notes().isEmpty()).toList();
	}

	/** A folder that cannot be listed is reported, and the rest of the import goes on. */
	private static StoryFolder readOrReport(Path root, Path dir, SafeFileReader files) {
		try {
			return read(root, dir, files);
		}
		catch (IOException | java.io.UncheckedIOException ex) {
			String key = root.relativize(dir).toString();
			return new StoryFolder(key, key, StoryProperties.NONE, List.of(), List.of(new FileResult(key, "./",
					Outcome.FAILED, "the folder cannot be read (permission denied?); its story stays as it was")));
		}
	}

	private static StoryFolder read(Path root, Path dir, SafeFileReader files) throws IOException {
		String key = root.relativize(dir).toString().replace('\\', '/');
		List<ArticleCandidate> articles = new ArrayList<>();
		List<FileResult> notes = new ArrayList<>();
		try (Stream<Path> entries = Files.list(dir)) {
			for (Path entry : entries.sorted(Comparator.comparing(Path::toString)).toList()) {
				String name = entry.getFileName().toString();
				String refusal = refusal(entry, name);
				if (refusal != null) {
					boolean skipped = isHidden(entry) && !Files.isSymbolicLink(entry);
					notes.add(new FileResult(key, displayName(entry, name), skipped ? Outcome.SKIPPED : Outcome.FAILED,
							refusal));
				}
				else if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
					String page = assetsOf(entry);
					if (page != null) {
						notes.add(new FileResult(key, name + "/", Outcome.SKIPPED,
								"skipped: the images, styles and scripts saved with the page " + page));
					}
					// otherwise a story of its own, which the walk visits
				}
				else if (isArticle(name)) {
					articles.add(new ArticleCandidate(name, () -> files.read(root, entry)));
				}
				else if (!name.equals(PROPERTIES)) {
					notes.add(new FileResult(key, name, Outcome.FAILED, NOT_AN_ARTICLE));
				}
			}
		}
		String name = dir.getFileName() == null || key.isEmpty() ? key : dir.getFileName().toString();
		return new StoryFolder(key, name, StoryProperties.read(dir.resolve(PROPERTIES)), articles, notes);
	}

	/** Why an entry is not read at all, or null when it may be. */
	private static String refusal(Path entry, String name) {
		if (Files.isSymbolicLink(entry)) {
			return "refused: a symbolic link; only files inside the import folder are read, never through a link";
		}
		if (isHidden(entry)) {
			return Files.isDirectory(entry) ? "skipped: a hidden folder (its name starts with a dot) is not imported"
					: "skipped: a hidden file (its name starts with a dot) is not imported";
		}
		if (Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS)) {
			return null;
		}
		if (!Files.isRegularFile(entry, LinkOption.NOFOLLOW_LINKS)) {
			return "refused: not a regular file (a pipe, socket or device); only text files are read";
		}
		return FileNames.problem(name);
	}

	private static String displayName(Path entry, String name) {
		return Files.isDirectory(entry, LinkOption.NOFOLLOW_LINKS) ? name + "/" : name;
	}

	static boolean isArticle(String name) {
		return name.toLowerCase(java.util.Locale.ROOT).endsWith(".txt") || FileKind.isPageName(name);
	}

	/** The saved page whose assets this folder holds ("Page.html" for "Page_files"), or null. */
	private static String assetsOf(Path dir) {
		String name = dir.getFileName() == null ? "" : dir.getFileName().toString();
		if (!name.endsWith(ASSETS_SUFFIX) || name.length() == ASSETS_SUFFIX.length()) {
			return null;
		}
		String base = name.substring(0, name.length() - ASSETS_SUFFIX.length());
		for (String extension : new String[] { ".html", ".htm" }) {
			if (Files.isRegularFile(dir.resolveSibling(base + extension), LinkOption.NOFOLLOW_LINKS)) {
				return base + extension;
			}
		}
		return null;
	}

	private static boolean isHidden(Path path) {
		return path.getFileName() != null && path.getFileName().toString().startsWith(".");
	}

}
