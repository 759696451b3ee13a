package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * How many saved pages a second Parallax reads (metadata and main text, as an import does before splitting
 * sentences): the development pages read {@code -Dbenchmark.rounds} (20) times over after a warm-up of as many
 * (a fixed amount of work, so that a busy machine lengthens the run rather than shortening the warm-up). Prints pages a second by the wall clock and by this thread's CPU time (on a shared machine a busy
 * neighbour slows the wall clock, not the CPU time), and the load average beside them. It prints, it does not
 * assert a speed: {@code ./mvnw test -Dtest=PageExtractionBenchmarkTest -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class PageExtractionBenchmarkTest {

	@Test
	void pagesPerSecond() throws Exception {
		List<byte[]> pages = new ArrayList<>();
		for (Path page : PageExtractionEvaluationTest.pages()) {
			pages.add(Files.readAllBytes(page.resolve("source.html")));
		}
		int rounds = Integer.parseInt(System.getProperty("benchmark.rounds", "20"));
		run(pages, rounds); // warm-up: the JIT compiles jsoup's and Readability4J's hot paths
		double load = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		Rates rates = run(pages, rounds);
		double loadAfter = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		System.out.printf(Locale.ROOT,
				"%npage extraction: %d pages (%d distinct, %.1f MB of HTML each round) in %.1f s: %.1f pages/s by "
						+ "the wall clock, %.1f pages/s of one core's CPU time; load average %.2f before, %.2f after "
						+ "(%d cores)%n",
				rates.pages(), pages.size(), pages.stream().mapToInt(p -> p.length).sum() / 1e6, rates.wallSeconds(),
				rates.pages() / rates.wallSeconds(), rates.pages() / rates.cpuSeconds(), load, loadAfter,
				Runtime.getRuntime().availableProcessors());
		assertThat(rates.pages()).isPositive();
	}

	record Rates(int pages, double wallSeconds, double cpuSeconds) {
	}

	private static Rates run(List<byte[]> pages, int rounds) throws UnreadableArticleException {
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		long cpuStart = threads.getCurrentThreadCpuTime();
		long wallStart = System.nanoTime();
		int read = 0;
		for (int round = 0; round < rounds; round++) {
			for (byte[] page : pages) {
				PageParser.read(page);
				read++;
			}
		}
		return new Rates(read, (System.nanoTime() - wallStart) / 1e9,
				(threads.getCurrentThreadCpuTime() - cpuStart) / 1e9);
	}

}
