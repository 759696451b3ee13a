package io.parallax.ingest;

import java.io.IOException;
import java.io.StringReader;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Properties;

/**
 * A story folder's optional story.properties: its {@code title} and {@code slug}. A file that cannot be read as
 * such (not UTF-8, malformed, a title over the limit, a link) is a problem of the whole story: it is reported for
 * each of the story's files, and the story stays as it was, rather than be imported under a wrong title.
 *
 * @param problem why the file cannot be used, or null
 */
record StoryProperties(String title, String slug, String problem) {

	static final int MAX_TITLE_LENGTH = 200;

	static final int MAX_BYTES = 1024 * 1024;

	static final StoryProperties NONE = new StoryProperties(null, null, null);

	static StoryProperties read(Path file) {
		if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
			return NONE;
		}
		try {
			if (Files.isSymbolicLink(file) || !Files.isRegularFile(file, LinkOption.NOFOLLOW_LINKS)) {
				return problem("it is a link or not a regular file");
			}
			if (Files.size(file) > MAX_BYTES) {
				return problem("it is larger than %d MB".formatted(MAX_BYTES / 1024 / 1024));
			}
			return parse(ArticleFileDecoder.utf8(Files.readAllBytes(file)));
		}
		catch (UnreadableArticleException ex) {
			return problem(ex.getMessage());
		}
		catch (IOException ex) {
			return problem("it cannot be read");
		}
	}

	private static StoryProperties parse(String text) {
		Properties properties = new Properties();
		try {
			properties.load(new StringReader(text));
		}
		catch (IOException | IllegalArgumentException ex) {
			return problem("it is not a valid properties file (a malformed \\u escape?)");
		}
		String title = clean(properties.getProperty("title"));
		if (title != null && title.length() > MAX_TITLE_LENGTH) {
			return problem("its title is %,d characters long; the limit is %d".formatted(title.length(),
					MAX_TITLE_LENGTH));
		}
		String slug = clean(properties.getProperty("slug"));
		if (slug != null && slug.length() > MAX_TITLE_LENGTH) {
			return problem("its slug is %,d characters long; the limit is %d".formatted(slug.length(),
					MAX_TITLE_LENGTH));
		}
		return new StoryProperties(title, slug, null);
	}

	private static StoryProperties problem(String why) {
		return new StoryProperties(null, null, "story.properties cannot be used: " + why
				+ "; this story was not imported and stays as it was");
	}

	private static String clean(String value) {
		if (value == null) {
			return null;
		}
		String plain = PlainText.normalise(value).replaceAll("\\s+", " ").strip();
		return plain.isEmpty() ? null : plain;
	}

}
