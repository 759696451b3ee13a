package io.parallax.ingest;

import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import com.sun.management.OperatingSystemMXBean;
import io.parallax.BenchmarkCorpus;
import io.parallax.IntegrationTest;
import io.parallax.text.SentenceEmbedder;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A benchmark, not a test: imports a story of {@code benchmark.articles} articles (default 1,000) into the real
 * database and prints each stage's sentences per second next to the embedding model's own rate on the same
 * sentences, measured in the same run, after a warm-up import of another story. Real articles come from {@code -Dbenchmark.corpus=/path} (see
 * {@link BenchmarkCorpus}); without it the seeds are replicated, and the output says so. Run it with
 * {@code ./mvnw test -Dtest=ImportBenchmarkTest -Dbenchmark=true -Dbenchmark.corpus=/path}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ImportBenchmarkTest {

	@Autowired
	private ImportService imports;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private SentenceEmbedder embedder;

	@Test
	void printsSentencesPerSecondPerStageNextToTheEmbeddingFloor() throws Exception {
		int articles = Integer.getInteger("benchmark.articles", 1_000);
		Path root = Files.createTempDirectory("parallax-import-benchmark");
		BenchmarkCorpus.Built corpus = BenchmarkCorpus.build(root, articles, 50);
		Path large = Files.createTempDirectory("parallax-import-benchmark-large");
		Files.move(root.resolve(corpus.largeSlug()), large.resolve(corpus.largeSlug()));
		print("corpus: " + corpus.description() + "; imported: one story of " + corpus.largeArticles() + " articles");
		print("warm-up: " + warmUp(root));
		long cpuStart = processCpuNanos();
		long start = System.nanoTime();
		ImportOutcome outcome = imports.importFolder(large, "benchmark");
		double seconds = (System.nanoTime() - start) / 1e9;
		double cpuSeconds = (processCpuNanos() - cpuStart) / 1e9;
		List<String> texts = jdbc.queryForList("""
				select s.text from sentence s join article a on a.id = s.article_id join story t on t.id = a.story_id
				where t.slug = ? order by s.id""", String.class, corpus.largeSlug());
		int sentences = texts.size();
		long distinct = texts.stream().distinct().count();
		print("import: %s in %.1f s; %d sentences (%d distinct texts)".formatted(outcome.message(), seconds, sentences,
				distinct));
		for (Map<String, Object> stage : jdbc.queryForList(
				"select stage, millis from import_run_stage where run_id = ? order by position", outcome.runId())) {
			long millis = ((Number) stage.get("millis")).longValue();
			print("stage %-40s %8d ms %10s".formatted(stage.get("stage"), millis,
					millis == 0 ? "-" : "%.0f sentences/s".formatted(sentences / (millis / 1000.0))));
		}
		long embedCpuStart = processCpuNanos();
		long embedStart = System.nanoTime();
		embedder.embed(texts);
		double embedSeconds = (System.nanoTime() - embedStart) / 1e9;
		double embedCpuSeconds = (processCpuNanos() - embedCpuStart) / 1e9;
		double importRate = sentences / seconds;
		double floor = sentences / embedSeconds;
		print("embedding only, the same %d sentences: %.1f s, %.0f sentences/s".formatted(sentences, embedSeconds, floor));
		print("whole import: %.0f sentences/s = %.2f x the embedding floor (target >= 0.80)".formatted(importRate,
				importRate / floor));
		// CPU time moves far less than wall time when other work shares the machine: what the import costs beside
		// the embedding, whatever the load.
		print("CPU: import %.1f s, embedding only %.1f s (%.2f x)".formatted(cpuSeconds, embedCpuSeconds,
				embedCpuSeconds / cpuSeconds));
	}

	/**
	 * A server imports many times after it starts: one of the other stories goes first, so that the models are
	 * loaded and the code compiled before the clock starts, as they are when the embedding alone is timed.
	 */
	private String warmUp(Path root) throws Exception {
		try (Stream<Path> folders = Files.list(root)) {
			Path other = folders.filter(folder -> !folder.getFileName().toString().equals("seeds"))
				.sorted()
				.findFirst()
				.orElse(root.resolve("seeds"));
			return other.getFileName() + ": " + imports.importFolder(other, "benchmark").message();
		}
	}

	private static long processCpuNanos() {
		return ((OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
			.getProcessCpuTime();
	}

	private static void print(String line) {
		System.out.println("benchmark " + line);
	}

}
