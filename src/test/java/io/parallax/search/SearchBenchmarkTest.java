package io.parallax.search;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Stream;

import io.parallax.IntegrationTest;
import io.parallax.ingest.ImportService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.context.TestPropertySource;

/**
 * A benchmark, not a test: search latency at 32 concurrent searches over at least 10,000 article entries.
 * Imports real coverage through the app's own import (the evaluation corpus, twelve stories from as many
 * outlets' reporting, or the folders {@code -Dbenchmark.corpus} names), then repeats its stored search entries
 * (every kind, same words, new ids) until the index holds {@code benchmark.articles} (10,000) article entries, and
 * runs a mix of queries (single words, phrases, exclusions, alternatives, filters, later pages) on one thread, then
 * on 32 threads for {@code benchmark.seconds} (20): first cold, through {@link SearchCatalog} as the page and the
 * API call it (every search runs its statements), then warm, from {@code /api/search} over HTTP as the page cache
 * serves a query asked before: p50, p99 and throughput per query and overall with the load average, and the plan of
 * a capped count. Run it with
 * {@code ./mvnw test -Dtest=SearchBenchmarkTest -Dbenchmark=true}; it wipes the test database like every test.
 */
@IntegrationTest
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
@TestPropertySource(properties = "spring.datasource.hikari.maximum-pool-size=40")
class SearchBenchmarkTest {

	private static final Logger log = LoggerFactory.getLogger(SearchBenchmarkTest.class);

	private static final int THREADS = 32;

	private static final List<SearchRequest> QUERIES = List.of(request("said"), request("president"),
			request("Putin"), request("\"White House\""), request("tax returns"), request("Netanyahu Congress speech"),
			request("marijuana -Colorado"), request("Mattis or Stone"), request("elephant trophies"),
			request("pipe bombs suspect"), request("discriminating women"), request("Zelenskiy"),
			new SearchRequest("said", SearchKind.ARTICLE, null, null, 3), new SearchRequest("said", null, null, "Invezz", 1),
			new SearchRequest("Trump", SearchKind.CLAIM, null, null, 1), new SearchRequest("Vietnam", SearchKind.ENTITY, null, null, 1));

	@Autowired
	private ImportService imports;

	@Autowired
	private SearchCatalog search;

	@Autowired
	private JdbcClient jdbc;

	@LocalServerPort
	private int port;

	private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();

	@Test
	void printsSearchLatencyAt32Connections() throws Exception {
		Path root = Files.createTempDirectory("parallax-search-benchmark");
		for (String folder : System.getProperty("benchmark.corpus", "src/test/resources/corpus").split(",")) {
			copyStories(Path.of(folder), root);
		}
		long started = System.nanoTime();
		imports.importFolder(root, "benchmark");
		long realArticles = count("select count(*) from search_entry where kind = 'ARTICLE'");
		print("imported %d real articles (%d stories) in %d s".formatted(realArticles,
				count("select count(*) from story"), TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)));
		int target = Integer.getInteger("benchmark.articles", 10_000);
		long copies = (target + realArticles - 1) / realArticles - 1;
		started = System.nanoTime();
		jdbc.sql("""
				insert into search_entry (story_id, kind, target_id, title, body, extra, outlets)
				select e.story_id, e.kind, e.target_id + c * 1000000000, e.title, e.body, e.extra, e.outlets
				from search_entry e, generate_series(1, ?) c""").param(copies).update();
		jdbc.sql("select search_derive_story(id) from story").query(Integer.class).list();
		// What autovacuum would do to a table this size after an import: statistics and the visibility map.
		jdbc.sql("vacuum analyze search_entry").update();
		print("index: %d entries, %d of them articles, %s on disk; filled in %d s".formatted(
				count("select count(*) from search_entry"),
				count("select count(*) from search_entry where kind = 'ARTICLE'"),
				jdbc.sql("select pg_size_pretty(pg_total_relation_size('search_entry'))").query(String.class).single(),
				TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - started)));
		int seconds = Integer.getInteger("benchmark.seconds", 20);
		QUERIES.forEach(search::search);
		print("COLD: every search runs its statements through SearchCatalog, as a query seen first does");
		measure(1, seconds / 2, search::search);
		measure(THREADS, seconds, search::search);
		print("WARM: the same queries from /api/search over HTTP, served by the page cache (one version lookup each)");
		QUERIES.forEach(this::fetch);
		measure(1, seconds / 2, this::fetch);
		measure(THREADS, seconds, this::fetch);
		jdbc.sql("""
				explain (analyze, buffers) select count(*) from (select 1 from search_entry e
				where e.kind = 'CLAIM' and e.document @@ websearch_to_tsquery('parallax_english', 'said') limit 1001) x""")
			.query(String.class).list().forEach(line -> print("  " + line));
	}

	/** The API's response to the request, as a script gets it (the body read whole, its status checked). */
	private int fetch(SearchRequest request) {
		String address = "http://localhost:" + port + "/api/search?q=" + URLEncoder.encode(request.query(), UTF_8)
				+ (request.kind() == null ? "" : "&kind=" + request.kind())
				+ (request.outlet() == null ? "" : "&outlet=" + URLEncoder.encode(request.outlet(), UTF_8))
				+ "&page=" + request.page();
		try {
			HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(URI.create(address)).build(),
					HttpResponse.BodyHandlers.ofByteArray());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(address + " answered " + response.statusCode());
			}
			return response.body().length;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private void measure(int threads, int seconds, Function<SearchRequest, ?> searcher)
			throws InterruptedException {
		Map<Integer, List<Long>> times = new ConcurrentHashMap<>();
		long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
		CountDownLatch done = new CountDownLatch(threads);
		for (int t = 0; t < threads; t++) {
			int first = t;
			new Thread(() -> {
				for (int i = first; System.nanoTime() < end; i++) {
					int query = i % QUERIES.size();
					long start = System.nanoTime();
					searcher.apply(QUERIES.get(query));
					times.computeIfAbsent(query, q -> Collections.synchronizedList(new ArrayList<>()))
						.add(System.nanoTime() - start);
				}
				done.countDown();
			}).start();
		}
		done.await();
		List<Long> all = new ArrayList<>();
		Map<Integer, List<Long>> sorted = new TreeMap<>(times);
		print("%d threads for %d s, load average %s; ms per search:".formatted(threads, seconds, loadAverage()));
		sorted.forEach((query, list) -> {
			all.addAll(list);
			SearchResults results = search.search(QUERIES.get(query));
			String hits = (results.totalCapped() ? ">" : "") + results.total();
			print("  %-45s %6s hits  p50 %7.1f  p99 %7.1f  (%d runs)".formatted(describe(QUERIES.get(query)), hits,
					percentile(list, 50), percentile(list, 99), list.size()));
		});
		print("  all: %.0f searches/s, p50 %.1f ms, p99 %.1f ms, max %.1f ms; load average after: %s".formatted(
				all.size() / (double) seconds, percentile(all, 50), percentile(all, 99), percentile(all, 100),
				loadAverage()));
	}

	/** The machine's load averages over 1, 5 and 15 minutes, as the figures beside them depend on it. */
	private static String loadAverage() {
		try {
			String[] fields = Files.readString(Path.of("/proc/loadavg")).split(" ");
			return fields[0] + " " + fields[1] + " " + fields[2];
		}
		catch (IOException ex) {
			return "unknown";
		}
	}

	private static SearchRequest request(String query) {
		return new SearchRequest(query, null, null, null, 1);
	}

	private static String describe(SearchRequest request) {
		return request.query() + (request.kind() != null ? " kind=" + request.kind() : "")
				+ (request.outlet() != null ? " outlet=" + request.outlet() : "")
				+ (request.page() > 1 ? " page=" + request.page() : "");
	}

	private static double percentile(List<Long> nanos, int percentile) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int index = Math.min(sorted.size() - 1, (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1);
		return sorted.get(Math.max(0, index)) / 1e6;
	}

	private long count(String sql) {
		return jdbc.sql(sql).query(Long.class).single();
	}

	/** Each folder of .txt files below {@code from} becomes a story folder of its own below {@code to}. */
	private static void copyStories(Path from, Path to) throws IOException {
		try (Stream<Path> files = Files.walk(from)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".txt")).toList()) {
				Path story = to.resolve("bench-" + from.relativize(file.getParent()).toString().replace('/', '-'));
				Files.createDirectories(story);
				Files.copy(file, story.resolve(file.getFileName()));
			}
		}
	}

	private static void print(String line) {
		log.info(line);
		System.out.println(line);
	}

}
