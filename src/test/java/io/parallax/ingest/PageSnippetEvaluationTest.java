package io.parallax.ingest;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.regex.Pattern;

import net.dankito.readability4j.Article;
import net.dankito.readability4j.extended.Readability4JExtended;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * An evaluation on demand, not a test: the main text of many more saved pages than the development set holds, each
 * checked by snippets a reader wrote down (trafilatura's evaluation set, {@code tests/evaldata.json}: per page,
 * sentences that belong to the main text and site furniture that does not). Fetch it with
 * {@code git clone https://github.com/adbar/trafilatura} and run
 * {@code ./mvnw test -Dtest=PageSnippetEvaluationTest -Dpages.snippets=<clone>/tests}. Pages Parallax refuses (not
 * English, no article) are counted apart, as an import reports them; the pages read, and those refused for another
 * reason than their language (whose main text is then missed), are scored as trafilatura scores them: a main-text
 * snippet found is a true positive, one missed a false negative, a furniture snippet found a false positive. Files
 * named by a 32-digit hash are skipped: they come from the Zyte article-extraction benchmark, which is kept aside to
 * measure Parallax independently. Readability4J alone (its title and article, laid out the same way) is the
 * baseline.
 */
@EnabledIfSystemProperty(named = "pages.snippets", matches = ".+")
class PageSnippetEvaluationTest {

	private static final Pattern HASH_NAMED = Pattern.compile("[0-9a-f]{32}\\.html");


	/** Found and missed snippets of one extractor over the pages scored. */
	private static final class Tally {

		int found;

		int missed;

		int furnitureKept;

		int furnitureLeft;

		final List<String> misses = new ArrayList<>();

		void add(String page, String text, JsonNode expected) {
			String normal = TextShapes.comparable(text);
			for (JsonNode with : expected.path("with")) {
				if (normal.contains(TextShapes.comparable(with.asString()))) {
					found++;
				}
				else {
					missed++;
					misses.add(page + " missed: " + with.asString());
				}
			}
			for (JsonNode without : expected.path("without")) {
				if (normal.contains(TextShapes.comparable(without.asString()))) {
					furnitureKept++;
					misses.add(page + " kept: " + without.asString());
				}
				else {
					furnitureLeft++;
				}
			}
		}

		String figures() {
			double precision = found / (double) (found + furnitureKept);
			double recall = found / (double) (found + missed);
			double accuracy = (found + furnitureLeft) / (double) (found + missed + furnitureKept + furnitureLeft);
			return ("precision %.3f  recall %.3f  F1 %.3f  accuracy %.3f  (%d of %d main-text snippets found, %d of %d "
					+ "furniture kept)").formatted(precision, recall, 2 * precision * recall / (precision + recall), accuracy, found,
						found + missed, furnitureKept, furnitureKept + furnitureLeft);
		}

	}

	@Test
	void printsSnippetPrecisionAndRecall() throws Exception {
		Path root = Path.of(System.getProperty("pages.snippets"));
		JsonNode cases = JsonMapper.builder().build().readTree(Files.readString(root.resolve("evaldata.json")));
		Tally ours = new Tally();
		Tally readability = new Tally();
		Map<String, Integer> refused = new TreeMap<>();
		int read = 0;
		List<String> standfirsts = new ArrayList<>();
		List<String> errors = new ArrayList<>();
		for (JsonNode expected : cases) {
			String file = expected.path("file").asString();
			Path page = Files.exists(root.resolve("cache").resolve(file)) ? root.resolve("cache").resolve(file)
					: root.resolve("eval").resolve(file);
			if (HASH_NAMED.matcher(file).matches() || !Files.exists(page)) {
				continue;
			}
			byte[] html = Files.readAllBytes(page);
			PageParser.Page parsed;
			try {
				parsed = PageParser.read(html);
			}
			catch (UnreadableArticleException ex) {
				refused.merge(ex.getMessage().replaceAll("[:(].*", ""), 1, Integer::sum);
				if (!ex.getMessage().startsWith("a different language")) {
					// an English page refused loses its text: every main-text sentence of it is missed
					errors.add(file + ": " + ex.getMessage());
					ours.add(file, "", expected);
					readability.add(file, readability(html), expected);
				}
				continue;
			}
			catch (RuntimeException ex) {
				// what the import reports as a page the parser cannot handle: counted, named, and the run goes on
				refused.merge("parser error", 1, Integer::sum);
				errors.add(file + ": " + ex);
				continue;
			}
			read++;
			String headline = PageMetadata.value(parsed.metadata().headline());
			if (parsed.standfirst() != null) {
				standfirsts.add(file + ": " + parsed.standfirst());
			}
			// what the article's page shows: the headline, the standfirst, the body
			ours.add(file, (headline == null ? "" : headline + "\n\n")
					+ (parsed.standfirst() == null ? "" : parsed.standfirst() + "\n\n") + parsed.bodyText(), expected);
			readability.add(file, readability(html), expected);
		}
		StringBuilder out = new StringBuilder("\nsnippet evaluation (trafilatura's evaldata.json, hash-named files "
				+ "skipped): %d pages read, refused: %s; scored: the pages read and those refused for another reason than "
					.formatted(read, refused) + "their language (their main text missed)\n");
		errors.forEach(error -> out.append("  refused: ").append(error).append('\n'));
		out.append("Parallax        ").append(ours.figures()).append('\n');
		out.append("Readability4J   ").append(readability.figures()).append('\n');
		out.append("standfirsts found beside the body on %d pages:%n".formatted(standfirsts.size()));
		standfirsts.forEach(standfirst -> out.append("  ").append(standfirst).append('\n'));
		ours.misses.forEach(miss -> out.append("  ").append(miss)
			.append(readability.misses.contains(miss) ? "" : "  (Readability4J alone: right)").append('\n'));
		System.out.print(out);
	}

	/** Readability4J's title and article, laid out as Parallax lays out its own; nothing when it throws. */
	private static String readability(byte[] html) {
		try {
			Article article = new Readability4JExtended("https://saved-page.invalid/",
					new String(html, StandardCharsets.UTF_8)).parse();
			Element content = article.getArticleContent();
			return Objects.requireNonNullElse(article.getTitle(), "") + "\n\n"
					+ (content == null ? "" : PageExtractionEvaluationTest.laidOut(content));
		}
		catch (RuntimeException ex) {
			return "";
		}
	}


}
