package io.parallax.evaluation;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The stories the evaluation imports: every event folder of the development corpus (its articles and the
 * reader's {@code expected.json}) and the seed story, copied side by side into one import folder, each with a
 * {@code story.properties} that fixes its slug to its folder's name.
 */
final class EvaluationCorpus {

	static final String SEEDS = "seed-story";

	private static final JsonMapper JSON = JsonMapper.builder().build();

	record Event(String name, JsonNode expected) {
	}

	final Path importRoot;

	final List<Event> events = new ArrayList<>();

	final Event seeds;

	private EvaluationCorpus(Path importRoot, Event seeds) {
		this.importRoot = importRoot;
		this.seeds = seeds;
	}

	/** The corpus in {@code -Devaluation.corpus=…}, or the one in the test resources. */
	static Path location() throws URISyntaxException {
		String configured = System.getProperty("evaluation.corpus");
		return configured != null ? Path.of(configured) : Path.of(EvaluationCorpus.class.getResource("/corpus").toURI());
	}

	static boolean isDefaultCorpus() {
		return System.getProperty("evaluation.corpus") == null;
	}

	static EvaluationCorpus prepare(Path corpus, Path seedsFolder) throws IOException {
		Path root = Files.createTempDirectory("parallax-evaluation");
		EvaluationCorpus prepared = new EvaluationCorpus(root, new Event(SEEDS, seedExpectations()));
		copyArticles(seedsFolder, root.resolve(SEEDS));
		try (Stream<Path> folders = Files.list(corpus)) {
			for (Path folder : folders.filter(f -> Files.isRegularFile(f.resolve("expected.json"))).sorted().toList()) {
				String name = folder.getFileName().toString();
				copyArticles(folder, root.resolve(name));
				prepared.events.add(new Event(name, JSON.readTree(folder.resolve("expected.json").toFile())));
			}
		}
		return prepared;
	}

	private static void copyArticles(Path from, Path to) throws IOException {
		Files.createDirectories(to);
		try (Stream<Path> files = Files.list(from)) {
			for (Path file : files.filter(f -> f.getFileName().toString().endsWith(".txt")).toList()) {
				Files.copy(file, to.resolve(file.getFileName()));
			}
		}
		Files.writeString(to.resolve("story.properties"), "slug=" + to.getFileName() + "\n");
	}

	private static JsonNode seedExpectations() throws IOException {
		try (InputStream in = EvaluationCorpus.class.getResourceAsStream("/seeds-story-expected.json")) {
			return JSON.readTree(in);
		}
	}

}
