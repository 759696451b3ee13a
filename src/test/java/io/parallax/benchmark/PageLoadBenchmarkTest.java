package io.parallax.benchmark;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.BenchmarkCorpus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: loads a database of real articles (see {@link BenchmarkCorpus}: a story of 1,000 and
 * the others, plus the seeds) through the app's own import, restarts the app, and drives every kind of page with
 * wrk at 32 connections, printing requests per second, p50 and p99 per page next to a static file served by the
 * same app (the ceiling) and the seed story's same page (the size ratio); then the same without the page cache
 * (every response rendered). Also prints start-up time, resident memory under load and page sizes. Run it with
 * {@code ./mvnw test -Dtest=PageLoadBenchmarkTest -Dbenchmark=true -Dbenchmark.corpus=/path[,/path]}; it uses
 * the database {@code benchmark.datasource} (default: parallax_web) and port {@code benchmark.port} (8082).
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PageLoadBenchmarkTest {

	private static final int CONNECTIONS = 32;

	private static final String PASSWORD = "benchmark-admin";

	private static final int FIRST_ANSWER_SECONDS = 120;

	private final HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

	private final List<String> output = new ArrayList<>();

	@Test
	void printsThroughputAndLatencyOfEveryPageNextToAStaticFile() throws Exception {
		int port = Integer.getInteger("benchmark.port", 8082);
		int seconds = Integer.getInteger("benchmark.seconds", 10);
		Path root = Files.createTempDirectory("parallax-page-benchmark");
		BenchmarkCorpus.Built corpus = BenchmarkCorpus.build(root, Integer.getInteger("benchmark.large", 1_000), 50);
		Map<String, String> environment = new HashMap<>(Map.of("SPRING_DATASOURCE_URL",
				System.getProperty("benchmark.datasource", "jdbc:postgresql://localhost:5432/parallax_web"),
				"PARALLAX_SEEDS_LOCATION", root.toString(), "PARALLAX_SEEDS_IMPORT_AT_STARTUP", "never",
				"PARALLAX_ADMIN_PASSWORD", PASSWORD));
		print("corpus: " + corpus.description() + "; " + corpus.stories() + " stories, the large one of "
				+ corpus.largeArticles() + " articles; " + Wrk.version());
		try (AppProcess app = AppProcess.start(port, environment)) {
			app.awaitReady();
			importCorpus(app);
		}
		for (String pass : System.getProperty("benchmark.passes", "cached,uncached").split(",")) {
			boolean cached = pass.strip().equals("cached");
			environment.put("PARALLAX_PAGE_CACHE_ENABLED", String.valueOf(cached));
			try (AppProcess app = AppProcess.start(port, environment)) {
				double startup = app.awaitReady();
				print("%s: start-up %.2f s to a healthy answer (%s)".formatted(cached ? "page cache on" : "page cache off",
						startup, app.startedLine()));
				measure(app, corpus.largeSlug(), seconds);
			}
		}
		output.forEach(System.out::println);
	}

	private void importCorpus(AppProcess app) throws Exception {
		HttpResponse<String> started = http.send(HttpRequest.newBuilder(app.url("/api/admin/imports"))
			.POST(HttpRequest.BodyPublishers.noBody())
			.header("Authorization", "Basic " + Base64.getEncoder()
				.encodeToString(("admin:" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
			.build(), HttpResponse.BodyHandlers.ofString());
		String id = field(started.body(), "id");
		long start = System.nanoTime();
		String run;
		do {
			Thread.sleep(2000);
			run = get(app.url("/api/imports/" + id));
		}
		while (run.contains("\"status\":\"RUNNING\""));
		print("import: %s in %.0f s (unchanged files are not read again)".formatted(field(run, "message"),
				(System.nanoTime() - start) / 1e9));
	}

	private void measure(AppProcess app, String large, int seconds) throws Exception {
		String css = find(get(app.url("/")), "href=\"(/css/[^\"]+)\"");
		Wrk.run(app.url(css), CONNECTIONS, 2);
		print("%-26s %-6s %9s %8s %8s %9s %8s %8s %9s".formatted("page", "story", "req/s", "p50 ms", "p99 ms",
				"KB body", "x static", "p50 x 5", "first ms"));
		print("static file: " + css + " (x static: the page's req/s over the static file's, measured just before it)");
		AtomicLong peakRss = new AtomicLong();
		Thread sampler = new Thread(() -> sampleRss(app, peakRss));
		sampler.setDaemon(true);
		sampler.start();
		Map<String, String> seedsPages = pages(app, "seeds");
		Map<String, String> largePages = pages(app, large);
		for (String page : seedsPages.keySet()) {
			// Other work shares the machine: the ceiling is measured again next to every kind of page.
			Wrk.Result nearby = Wrk.run(app.url(css), CONNECTIONS, seconds);
			row("  static file", "-", nearby, 0, nearby, null, 0);
			Wrk.Result small = run(app, page, "5", seedsPages.get(page), seconds, nearby, null);
			run(app, page, "1000", largePages.get(page), seconds, nearby, small);
		}
		sampler.interrupt();
		print("machine load average after the run (other work shares the cores): "
				+ Files.readString(Path.of("/proc/loadavg")).strip());
		print("resident memory of the app under load: peak %d MB (target <= 1024 MB)".formatted(peakRss.get() / 1024));
	}

	/**
	 * Renders the page once (timed: the cost of a first, uncached request), then drives it with wrk. A page that does
	 * not answer in time is reported as such and not driven.
	 */
	private Wrk.Result run(AppProcess app, String page, String story, String path, int seconds, Wrk.Result ceiling,
			Wrk.Result small) throws Exception {
		long start = System.nanoTime();
		byte[] body;
		try {
			body = getBytes(app.url(path), Duration.ofSeconds(FIRST_ANSWER_SECONDS));
		}
		catch (Exception ex) {
			print("%-26s %-6s no answer within %d s (%s): not driven".formatted(page, story, FIRST_ANSWER_SECONDS,
					ex.getClass().getSimpleName()));
			return null;
		}
		long firstMillis = (System.nanoTime() - start) / 1_000_000;
		Wrk.Result result = Wrk.run(app.url(path), CONNECTIONS, seconds);
		row(page, story, result, body.length, ceiling, small, firstMillis);
		return result;
	}

	/** One address of each kind of page and API response, for a story. */
	private Map<String, String> pages(AppProcess app, String slug) throws Exception {
		String story = "/stories/" + slug;
		String api = get(app.url("/api" + story));
		String article = "/articles/" + field(api.substring(api.indexOf("\"articles\"")), "id");
		String entities = get(app.url("/api" + story + "/entities"));
		Map<String, String> pages = new LinkedHashMap<>();
		pages.put("home", "/");
		pages.put("story", story);
		pages.put("article", article);
		pages.put("timeline", story + "/timeline");
		pages.put("quotes", story + "/quotes");
		pages.put("sources", story + "/sources");
		pages.put("entities", story + "/entities");
		pages.put("entity", "/entities/" + field(entities, "id"));
		pages.put("api story", "/api" + story);
		pages.put("api summary", "/api" + story + "/summary");
		pages.put("api quotes", "/api" + story + "/quotes");
		pages.put("api article", "/api" + article);
		// Last: before the claims rewrite, a large story's claims pages may take minutes.
		pages.put("claims", story + "/claims");
		pages.put("compare", story + "/compare");
		pages.put("api claims", "/api" + story + "/claims");
		return pages;
	}

	private void row(String page, String story, Wrk.Result result, long bytes, Wrk.Result ceiling, Wrk.Result small,
			long firstMillis) {
		print("%-26s %-6s %9.0f %8.1f %8.1f %9s %8.2f %8s %9s%s".formatted(page, story, result.requestsPerSecond(),
				result.p50Millis(), result.p99Millis(), bytes == 0 ? "-" : String.valueOf(bytes / 1024),
				result.requestsPerSecond() / ceiling.requestsPerSecond(),
				small == null ? "" : "%.2f".formatted(result.p50Millis() / small.p50Millis()),
				firstMillis == 0 ? "" : String.valueOf(firstMillis),
				result.errors() > 0 ? "  (" + result.errors() + " errors or timeouts)" : ""));
	}

	private static void sampleRss(AppProcess app, AtomicLong peak) {
		try {
			while (!Thread.currentThread().isInterrupted()) {
				peak.accumulateAndGet(app.residentKilobytes(), Math::max);
				Thread.sleep(250);
			}
		}
		catch (Exception ex) {
			// the sampling ends with the measurement
		}
	}

	private String get(URI url) throws Exception {
		return new String(getBytes(url, Duration.ofMinutes(5)), StandardCharsets.UTF_8);
	}

	/** The body as sent uncompressed, which is what the page weighs in a browser. */
	private byte[] getBytes(URI url, Duration timeout) throws Exception {
		HttpResponse<byte[]> response = http.send(HttpRequest.newBuilder(url).timeout(timeout).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		if (response.statusCode() != 200) {
			throw new IllegalStateException(url + " answered " + response.statusCode());
		}
		return response.body();
	}

	private static String field(String json, String name) {
		return find(json, "\"" + name + "\":\"?([^\",}]*)");
	}

	private static String find(String text, String regex) {
		Matcher m = Pattern.compile(regex).matcher(text);
		if (!m.find()) {
			throw new IllegalStateException("no " + regex + " in " + text.substring(0, Math.min(300, text.length())));
		}
		return m.group(1);
	}

	private void print(String line) {
		System.out.println("benchmark " + line);
		output.add("benchmark " + line);
	}

}
