package io.parallax.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import java.util.stream.Stream;

import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The extraction report: every page of the development set (src/test/resources/pages/dev, real saved news pages
 * with the main text and metadata a reader wrote down) goes through Parallax's extractor and, for comparison,
 * through Readability4J (a maintained Java port of Mozilla Readability); prints body precision, recall and F1 over
 * word 4-gram shingles per page and averaged, the accuracy of headline, authors, date and outlet, and pages per
 * second; fails when a figure drops below its floor. Run alone: {@code ./mvnw test -Dtest=PageExtractionEvaluationTest}.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PageExtractionEvaluationTest {

	static final Path DEV = Path.of("src/test/resources/pages/dev");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final List<PageScore> ours = new ArrayList<>();

	private final List<PageScore> readability = new ArrayList<>();

	private final List<PageScore> own = new ArrayList<>();

	private final List<String> metadataMisses = new ArrayList<>();

	private int metadataStated;

	private int metadataRight;

	private double pagesPerSecond;

	private static double wallPagesPerSecond;

	record PageScore(String page, Shingles score) {
	}

	@BeforeAll
	void scoreEveryPage() throws Exception {
		List<Path> pages = pages();
		for (Path page : pages) {
			byte[] html = Files.readAllBytes(page.resolve("source.html"));
			String expected = Files.readString(page.resolve("expected.txt"));
			PageParser.Page read = PageParser.read(html);
			ours.add(new PageScore(page.getFileName().toString(), Shingles.of(read.bodyText(), expected)));
			readability.add(new PageScore(page.getFileName().toString(), Shingles.of(readability(html), expected)));
			own.add(new PageScore(page.getFileName().toString(),
					Shingles.of(PageParser.read(html, MainTextExtractor::extract).bodyText(), expected)));
			scoreMetadata(page, read.metadata());
		}
		pagesPerSecond = speed(pages);
		System.out.print(report());
	}

	@Test
	void theExtractorHoldsItsFloors() {
		assertThat(mean(ours, Shingles::f1)).as("body F1").isGreaterThanOrEqualTo(0.96);
		assertThat(metadataRight / (double) metadataStated).as("metadata accuracy").isGreaterThanOrEqualTo(0.95);
	}

	@Test
	void theExtractorKeptMeasuresBestOfThoseCompared() {
		assertThat(mean(ours, Shingles::f1)).isGreaterThanOrEqualTo(mean(readability, Shingles::f1))
			.isGreaterThanOrEqualTo(mean(own, Shingles::f1));
	}

	@Test
	void extractionIsFastEnough() {
		// The target is 50 a second; the floor leaves room for a busy shared machine.
		assertThat(pagesPerSecond).as("pages per second").isGreaterThanOrEqualTo(40);
	}

	private void scoreMetadata(Path page, PageMetadata found) throws IOException {
		JsonNode expected = JSON.readTree(Files.readString(page.resolve("expected.json")));
		check(page, "headline", expected, PageMetadata.value(found.headline()));
		check(page, "authors", expected, PageMetadata.value(found.authors()));
		check(page, "published", expected,
				found.publishedDate().map(d -> d.day().toString()).orElse(null));
		check(page, "outlet", expected, PageMetadata.value(found.outlet()));
	}

	private void check(Path page, String field, JsonNode expected, String found) {
		JsonNode want = expected.get(field);
		if (want == null || want.isNull()) {
			return; // the page does not state it
		}
		metadataStated++;
		if (normalised(want.asString()).equals(normalised(found))) {
			metadataRight++;
		}
		else {
			metadataMisses.add("%s %s: expected \"%s\", found \"%s\"".formatted(page.getFileName(), field,
					want.asString(), found));
		}
	}

	private static String normalised(String text) {
		return text == null ? "" : text.toLowerCase(Locale.ROOT).replaceAll("[‘’“”'\"]", "'").replaceAll("\\s+", " ")
			.strip();
	}

	/** Readability's article, laid out and stripped of captions exactly as Parallax lays out its own. */
	private static String readability(byte[] html) {
		Element article = new Readability4JExtended("https://saved-page.invalid/", new String(html,
				java.nio.charset.StandardCharsets.UTF_8)).parse().getArticleContent();
		if (article == null) {
			return "";
		}
		return String.join("\n\n", PageBlocks.of(article).stream().filter(b -> !b.caption()).map(PageBlocks.Block::text)
			.toList());
	}

	private static double speed(List<Path> pages) throws Exception {
		List<byte[]> files = new ArrayList<>();
		for (Path page : pages) {
			files.add(Files.readAllBytes(page.resolve("source.html")));
		}
		for (byte[] file : files) {
			PageParser.read(file); // warm up
		}
		// CPU time of this thread, not wall time: the machine is shared, and a busy neighbour is not our cost.
		ThreadMXBean threads = ManagementFactory.getThreadMXBean();
		int rounds = 5;
		long start = threads.getCurrentThreadCpuTime();
		long wallStart = System.nanoTime();
		for (int round = 0; round < rounds; round++) {
			for (byte[] file : files) {
				PageParser.read(file);
			}
		}
		double cpuSeconds = (threads.getCurrentThreadCpuTime() - start) / 1e9;
		wallPagesPerSecond = rounds * files.size() / ((System.nanoTime() - wallStart) / 1e9);
		return rounds * files.size() / cpuSeconds;
	}

	private String report() {
		StringBuilder out = new StringBuilder("\nextraction report, body text over word 4-gram shingles: Parallax "
				+ "(Readability4J's article, sorted by block) | Readability4J alone | Parallax's own scoring\n");
		out.append("%-16s %6s %6s %6s | %6s %6s %6s | %6s %6s %6s%n".formatted("page", "P", "R", "F1", "P", "R", "F1",
				"P", "R", "F1"));
		for (int i = 0; i < ours.size(); i++) {
			out.append("%-16s %s | %s | %s%n".formatted(ours.get(i).page(), row(ours.get(i).score()),
					row(readability.get(i).score()), row(own.get(i).score())));
		}
		out.append("%-16s %s | %s | %s%n".formatted("mean", mean(ours), mean(readability), mean(own)));
		out.append("metadata: %d of %d stated values right (%.3f)%n".formatted(metadataRight, metadataStated,
				metadataRight / (double) metadataStated));
		metadataMisses.forEach(miss -> out.append("  miss: ").append(miss).append('\n'));
		out.append("speed: %.0f pages per second on one core's CPU time (%.0f by the wall clock, on a shared machine); "
				.formatted(pagesPerSecond, wallPagesPerSecond) + "metadata and main text, sentences not split\n");
		return out.toString();
	}

	private static String row(Shingles score) {
		return "%6.3f %6.3f %6.3f".formatted(score.precision(), score.recall(), score.f1());
	}

	private static String mean(List<PageScore> scores) {
		return "%6.3f %6.3f %6.3f".formatted(mean(scores, Shingles::precision), mean(scores, Shingles::recall),
				mean(scores, Shingles::f1));
	}

	private static double mean(List<PageScore> scores, Function<Shingles, Double> measure) {
		return scores.stream().mapToDouble(s -> measure.apply(s.score())).average().orElse(0);
	}

	private static List<Path> pages() throws IOException {
		try (Stream<Path> entries = Files.list(DEV)) {
			return entries.filter(Files::isDirectory).sorted().toList();
		}
	}

}
