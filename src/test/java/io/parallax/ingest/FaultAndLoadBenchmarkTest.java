package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import io.parallax.IntegrationTest;
import io.parallax.StoryFolderFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The fault-and-load run, not a test of the suite: 20 re-imports (each changing one article) while 16 readers
 * read the story's pages and API over HTTP, and while every database connection of the application is terminated
 * twice per import: at a random moment during it (as a database restart or failover would), and between it and the
 * next, while the readers read. It prints the reads, their 5xx count
 * (target 0), the partial states a reader saw (target 0: a story of the wrong size, or an article whose headline
 * and body come from different versions), whole-import failures (target 0) and the reads' p50 and p99.
 * {@code ./mvnw test -Dtest=FaultAndLoadBenchmarkTest -Dbenchmark=true}
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class FaultAndLoadBenchmarkTest {

	private static final int IMPORTS = 20;

	private static final int READERS = 16;

	private static final String TOGGLED = "toggled.txt";

	@Autowired
	private ImportService imports;

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	@Value("${spring.datasource.url}")
	private String url;

	@Value("${spring.datasource.username}")
	private String user;

	@Value("${spring.datasource.password}")
	private String password;

	private final List<Long> latencies = Collections.synchronizedList(new ArrayList<>());

	private final AtomicInteger serverErrors = new AtomicInteger();

	private final AtomicInteger otherErrors = new AtomicInteger();

	private final AtomicInteger partial = new AtomicInteger();

	private final AtomicInteger kills = new AtomicInteger();

	@Test
	void reimportsUnderReadersAndKilledConnections(@TempDir Path root) throws Exception {
		StoryFolderFixture story = StoryFolderFixture.seedCopy(root).write(TOGGLED, version("A"));
		assertThat(imports.importFolder(root, "fault-and-load").succeeded()).isTrue();
		long toggledId = jdbc.sql("select id from article where source_file = ? and story_id = "
				+ "(select id from story where folder_key = ?)").param(TOGGLED).param(story.slug())
			.query(Long.class).single();
		AtomicBoolean running = new AtomicBoolean(true);
		ExecutorService threads = Executors.newFixedThreadPool(READERS);
		for (int i = 0; i < READERS; i++) {
			threads.execute(() -> read(story.slug(), toggledId, running));
		}
		ScheduledExecutorService killer = Executors.newSingleThreadScheduledExecutor();
		int failedImports = 0;
		long started = System.nanoTime();
		for (int i = 1; i <= IMPORTS; i++) {
			story.write(TOGGLED, version(i % 2 == 0 ? "A" : "B"));
			// Once during the import, at a random moment, as a database restart or failover would.
			killer.schedule(this::killConnections, ThreadLocalRandom.current().nextLong(500, 4_000),
					TimeUnit.MILLISECONDS);
			ImportOutcome outcome = imports.importFolder(root, "fault-and-load");
			failedImports += outcome.succeeded() ? 0 : 1;
			if (!outcome.succeeded()) {
				System.out.println("import failed: " + outcome.message());
			}
			// And once between imports, while the readers read.
			Thread.sleep(500);
			killConnections();
			Thread.sleep(1_000);
		}
		killer.shutdown();
		running.set(false);
		threads.shutdown();
		threads.awaitTermination(1, TimeUnit.MINUTES);
		report(failedImports, (System.nanoTime() - started) / 1_000_000_000);
		assertThat(failedImports).isZero();
		assertThat(serverErrors.get()).isZero();
		assertThat(partial.get()).isZero();
	}

	private void read(String slug, long toggledId, AtomicBoolean running) {
		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
		List<String> pages = List.of("/", "/stories/" + slug, "/stories/" + slug + "/claims", "/articles/" + toggledId,
				"/api/stories/" + slug, "/api/articles/" + toggledId);
		while (running.get()) {
			String page = pages.get(ThreadLocalRandom.current().nextInt(pages.size()));
			long start = System.nanoTime();
			try {
				HttpResponse<String> response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
						+ page)).timeout(Duration.ofSeconds(60)).build(), HttpResponse.BodyHandlers.ofString());
				latencies.add((System.nanoTime() - start) / 1_000_000);
				if (response.statusCode() >= 500) {
					serverErrors.incrementAndGet();
				}
				else if (response.statusCode() >= 400) {
					otherErrors.incrementAndGet();
				}
				else if (isPartial(page, response.body())) {
					if (partial.incrementAndGet() <= 3) {
						System.out.println("partial state at " + page + ": " + response.body());
					}
				}
			}
			catch (Exception ex) {
				serverErrors.incrementAndGet();
			}
		}
	}

	/** A story of the wrong size, or the toggled article with headline and body from different versions. */
	private static boolean isPartial(String page, String body) {
		if (page.startsWith("/api/stories/")) {
			return body.split("\"sourceFile\"").length - 1 != 6;
		}
		if (page.startsWith("/api/articles/")) {
			boolean headlineA = body.contains("Version A of the harbour story");
			boolean bodyA = body.contains("in version A");
			return headlineA != bodyA;
		}
		return false;
	}

	/** Terminates all of the application's connections to its database. */
	private void killConnections() {
		try (Connection killer = DriverManager.getConnection(url, user, password);
				var statement = killer.createStatement()) {
			statement.execute("""
					select pg_terminate_backend(pid) from pg_stat_activity
					where datname = current_database() and pid <> pg_backend_pid()""");
			kills.incrementAndGet();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	private void report(int failedImports, long seconds) {
		List<Long> sorted = new ArrayList<>(latencies);
		Collections.sort(sorted);
		System.out.printf("fault-and-load: %d re-imports (%d failed as a whole) in %d s under %d readers; %d times "
				+ "all database connections killed; %d reads: %d 5xx, %d other errors, %d partial states; "
				+ "p50 %d ms, p99 %d ms%n", IMPORTS, failedImports, seconds, READERS, kills.get(), sorted.size(),
				serverErrors.get(), otherErrors.get(), partial.get(), percentile(sorted, 50), percentile(sorted, 99));
	}

	private static long percentile(List<Long> sorted, int percent) {
		return sorted.isEmpty() ? 0 : sorted.get(Math.min(sorted.size() - 1, sorted.size() * percent / 100));
	}

	private static String version(String which) {
		return """
				Version %1$s of the harbour story

				The harbour reopened on Monday after repairs, officials said, in version %1$s of this report.
				"We are open for business," the harbour master told reporters at the quay.

				Ships had queued outside the port for three days. The repairs cost two million dollars.
				""".formatted(which);
	}

}
