package io.parallax.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parallax.StoryFolderFixture;
import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.SentenceSpan;
import io.parallax.text.SentenceSplitter;
import io.parallax.text.TaggedToken;
import io.parallax.text.NameTagger;
import io.parallax.text.TokenTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;

/**
 * A benchmark, not a test: prints how many sentences a second each analysis stage handles, on 1,000 articles made
 * by varying the seeds. Run it with {@code ./mvnw test -Dtest=AnalysisBenchmarkTest -Dbenchmark=true}.
 */
@EnabledIfSystemProperty(named = "benchmark", matches = "true")
class AnalysisBenchmarkTest {

	private static final int ARTICLES = 1_000;

	private static final java.time.LocalDate PUBLISHED = java.time.LocalDate.of(2025, 8, 7);

	private static final String[] NAMES = { "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Mensah",
			"Ferreira" };

	@Test
	void printsSentencesPerSecondPerStage() throws Exception {
		List<ArticleText> articles = articles();
		int sentences = articles.stream().mapToInt(a -> a.sentences().size()).sum();
		TokenTagger tagger = new TokenTagger();
		Map<ArticleText, List<List<TaggedToken>>> tags = new HashMap<>();
		time("tagging", sentences, () -> articles.forEach(a -> tags.put(a,
				a.sentences().stream().map(s -> tagger.tag(s.text())).toList())));
		MentionFinder mentionFinder = new MentionFinder(new NameTagger());
		List<ArticleContext> contexts = new ArrayList<>();
		time("names (mentions from the tags)", sentences, () -> articles.forEach(
				a -> contexts.add(new ArticleContext(a, mentionFinder.findAll(a.id(), a.sentences(), tags.get(a))))));
		QuoteFinder quotes = new QuoteFinder();
		time("quotes and speakers", sentences, () -> contexts.forEach(quotes::find));
		AttributionFinder attributions = new AttributionFinder();
		time("cited sources", sentences, () -> contexts.forEach(attributions::find));
		QuantityFinder quantities = new QuantityFinder();
		time("numbers and dates (from the tags)", sentences, () -> articles.forEach(a -> quantities.find(a, tags.get(a))));
		List<NameMention> all = new ArrayList<>();
		contexts.forEach(c -> c.article().sentences().forEach(s -> all.addAll(c.mentionsIn(s))));
		time("entity clustering (story)", sentences, () -> new EntityClusterer().cluster(all));
	}

	private static void time(String stage, int sentences, Runnable work) {
		long start = System.nanoTime();
		work.run();
		double seconds = (System.nanoTime() - start) / 1e9;
		System.out.printf("benchmark %-28s %6d sentences in %6.2f s: %8.0f sentences/s%n", stage, sentences, seconds,
				sentences / seconds);
	}

	/**
	 * The seeds, varied: every copy swaps in other surnames and numbers and marks each of its lines, so that no two
	 * sentences are the same (a tagger that remembers its recent sentences gains nothing it would not in an import).
	 * Each copy states a publication date, so that its relative dates are resolved as an import resolves them.
	 */
	private static List<ArticleText> articles() throws Exception {
		SentenceSplitter splitter = new SentenceSplitter();
		List<String> seeds = new ArrayList<>();
		try (var files = Files.list(StoryFolderFixture.SEEDS)) {
			for (Path file : files.sorted().toList()) {
				seeds.add(Files.readString(file));
			}
		}
		List<ArticleText> articles = new ArrayList<>();
		long sentenceId = 0;
		for (int i = 0; i < ARTICLES; i++) {
			String text = seeds.get(i % seeds.size())
				.replace("Witkoff", NAMES[i % NAMES.length])
				.replace("Ushakov", NAMES[(i + 3) % NAMES.length])
				.replace("200", String.valueOf(100 + i));
			List<SentenceText> sentences = new ArrayList<>();
			int paragraph = 0;
			for (String line : text.split("\n")) {
				if (line.isBlank()) {
					continue;
				}
				for (SentenceSpan span : splitter.split(line.strip())) {
					sentences.add(new SentenceText(sentenceId++, paragraph, sentences.size(), span.start(),
							span.text() + " " + copyMark(i)));
				}
				paragraph++;
			}
			articles.add(new ArticleText((long) i, 1L, "article-" + i + ".txt", "", null, PUBLISHED, sentences));
		}
		return articles;
	}

	/** A word made of letters only, other for every copy: "ab", "ac"… */
	private static String copyMark(int copy) {
		StringBuilder mark = new StringBuilder();
		for (int n = copy + 26; n > 0; n /= 26) {
			mark.insert(0, (char) ('a' + n % 26));
		}
		return mark.toString();
	}

}
