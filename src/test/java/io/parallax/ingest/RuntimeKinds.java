package io.parallax.ingest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.parallax.ingest.BadInputCorpusTest.Expected;

/**
 * The bad-input kinds a repository cannot hold, made when the test runs: files of megabytes, links, a pipe, a name
 * with a line break (folder), and the names a browser or script may send (upload).
 */
final class RuntimeKinds {

	private RuntimeKinds() {
	}

	/** The files of megabytes, by name, with what an import must make of each. */
	private static Map<String, Generated> large() {
		Map<String, Generated> files = new LinkedHashMap<>();
		files.put("long-word-1.9mb.txt", new Generated("H\n\n" + "x".repeat(1900 * 1024),
				"too long to analyse: a run of 1,945,600 characters without a space"));
		files.put("five-mb-line.txt", new Generated("word ".repeat(1024 * 1024), "too large: 5.0 MB"));
		files.put("hundred-thousand-paragraphs.txt", new Generated("Word.\n\n".repeat(100_000),
				"too long to analyse: 100,000 words; the limit is 20,000"));
		files.put("140k-words.txt", new Generated(words(140_000), "too long to analyse: 140,0"));
		files.put("too-many-sentences.txt", new Generated("Go now.\n\n".repeat(4_000),
				"too long to analyse: 4,000 sentences"));
		files.put("run-of-dots.txt", new Generated(article("dots") + ".".repeat(100_000) + "\n",
				"a run of 100,000 characters"));
		return files;
	}

	static Map<String, Expected> createInFolder(Path corpus) throws IOException, InterruptedException {
		Map<String, Expected> expected = new LinkedHashMap<>();
		for (Map.Entry<String, Generated> file : large().entrySet()) {
			Files.writeString(corpus.resolve(file.getKey()), file.getValue().text());
			expected.put("corpus/" + file.getKey(), Expected.of("FAILED", file.getValue().reason()));
		}
		Files.createSymbolicLink(corpus.resolve("link-to-passwd.txt"), Path.of("/etc/passwd"));
		Files.createSymbolicLink(corpus.resolve("link-to-etc"), Path.of("/etc"));
		Files.createSymbolicLink(corpus.resolve("link-to-a-sibling.txt"), Path.of("crlf.txt"));
		for (String link : List.of("link-to-passwd.txt", "link-to-etc", "link-to-a-sibling.txt")) {
			expected.put("corpus/" + link, Expected.of("FAILED", "a symbolic link"));
		}
		if (new ProcessBuilder("mkfifo", corpus.resolve("named-pipe.txt").toString()).start().waitFor() == 0) {
			expected.put("corpus/named-pipe.txt", Expected.of("FAILED", "not a regular file"));
		}
		Files.writeString(corpus.resolve("line\nbreak.txt"), article("line break in the name"));
		expected.put("corpus/line\nbreak.txt", Expected.of("FAILED", "control characters"));
		return expected;
	}

	static Map<String, Expected> storyWithHugeTitle(Path root) throws IOException {
		Path story = Files.createDirectories(root.resolve("story-huge-title"));
		Files.writeString(story.resolve("story.properties"), "title=" + "T".repeat(99_999) + "\n");
		Files.writeString(story.resolve("article.txt"), article("huge title"));
		return Map.of("story-huge-title/article.txt", Expected.of("FAILED", "its title is 99,999 characters long"));
	}

	record Upload(String sentName, byte[] bytes, String reportedName, Expected expected) {

		static Upload of(String sent, String text, String reported, String outcome, String reason) {
			return new Upload(sent, text.getBytes(StandardCharsets.UTF_8), reported, Expected.of(outcome, reason));
		}

	}

	static List<Upload> uploads() {
		List<Upload> uploads = new ArrayList<>();
		large().forEach((name, file) -> uploads.add(Upload.of(name, file.text(), name, "FAILED", file.reason())));
		uploads.add(Upload.of("../../etc/passwd.txt", article("traversal"), "passwd.txt", "ADDED", null));
		uploads.add(Upload.of("C:\\Users\\someone\\windows-path.txt", article("Windows path"), "windows-path.txt",
				"ADDED", null));
		uploads.add(Upload.of("..", article("dot dot"), "..", "FAILED", "no usable file name"));
		uploads.add(Upload.of("/", article("slash"), "/", "FAILED", "no usable file name"));
		uploads.add(Upload.of("", article("no name"), "", "FAILED", "no usable file name"));
		uploads.add(Upload.of("nul\u0000name.txt", article("NUL in the name"), "nul\uFFFDname.txt", "FAILED",
				"control characters"));
		String longName = "a".repeat(296) + ".txt";
		uploads.add(Upload.of(longName, article("long name"), "a".repeat(77) + "…", "FAILED",
				"the file name is 300 characters long; the limit is 255"));
		uploads.add(Upload.of("same.txt", article("first of two names"), "same.txt", "ADDED", null));
		uploads.add(Upload.of("same.txt", article("second of two names"), "same.txt (2)", "FAILED",
				"another file of this upload is also called same.txt"));
		return uploads;
	}

	private record Generated(String text, String reason) {
	}

	private static String article(String kind) {
		return """
				Council delays vote on the %1$s plan

				The council met on Monday to discuss the %1$s plan, officials said. "We will decide by Friday," the
				mayor told reporters after the meeting.

				Residents had asked for a vote on the plan in March. The meeting lasted three hours.
				""".formatted(kind);
	}

	/** Running text of about this many words, in sentences, as a very long article would be. */
	private static String words(int count) {
		String sentence = "The harbour authority said on Monday that ships would queue for days after the repairs. ";
		int perSentence = sentence.split(" ").length;
		StringBuilder text = new StringBuilder("A very long report\n\n");
		for (int i = 0; i * perSentence < count; i++) {
			text.append(sentence);
			if (i % 20 == 19) {
				text.append("\n\n");
			}
		}
		return text.toString();
	}

}
