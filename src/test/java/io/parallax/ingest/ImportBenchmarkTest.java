package io.parallax.ingest;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

/**
 * A benchmark, not a test: imports a story of 1,000 articles (the seeds, varied) into the real database and prints
 * each stage's time as the import run records it. Run it with
 * {@code ./mvnw test -Dtest=ImportBenchmarkTest -Dbenchmark=true}.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class ImportBenchmarkTest {

	private static final int ARTICLES = 1_000;

	private static final String[] NAMES = { "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Mensah",
			"Ferreira" };

	@Autowired
	private ImportService imports;

	@Autowired
	private MockMvcTester mvc;

	@Test
	void printsTheTimeOfEachStage(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.empty(root);
		List<String> seeds = new ArrayList<>();
		try (var files = Files.list(StoryFolderFixture.SEEDS)) {
			for (Path file : files.sorted().toList()) {
				seeds.add(Files.readString(file));
			}
		}
		for (int i = 0; i < ARTICLES; i++) {
			story.write("article-%04d.txt".formatted(i), seeds.get(i % seeds.size())
				.replace("Witkoff", NAMES[i % NAMES.length])
				.replace("Ushakov", NAMES[(i + 3) % NAMES.length])
				.replace("200", String.valueOf(100 + i)) + "\n\nThis is copy " + i + " of the benchmark story.\n");
		}
		long start = System.nanoTime();
		ImportOutcome outcome = imports.importFolder(root, "benchmark");
		System.out.printf("benchmark import of %d articles: %s in %d ms%n", ARTICLES, outcome.message(),
				(System.nanoTime() - start) / 1_000_000);
		System.out.println("benchmark stages: " + mvc.get().uri("/api/imports/{id}", outcome.runId()).assertThat()
			.bodyJson().extractingPath("$.stages").actual());
	}

}
