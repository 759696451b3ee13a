package io.parallax.analysis;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import io.parallax.StoryFolderFixture;
import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;
import io.parallax.text.SentenceSpan;
import io.parallax.text.SentenceSplitter;
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

	private static final String[] NAMES = { "Okafor", "Lindqvist", "Moreau", "Tanaka", "Haddad", "Kowalski", "Mensah",
			"Ferreira" };

	@Test
	void printsSentencesPerSecondPerStage() throws Exception {
		List<ArticleText> articles = articles();
		int sentences = articles.stream().mapToInt(a -> a.sentences().size()).sum();
		MentionFinder mentionFinder = new MentionFinder(new TokenTagger(), new NameTagger());
		List<ArticleContext> contexts = new ArrayList<>();
		time("names (tagging, mentions)", sentences,
				() -> articles.forEach(a -> contexts.add(new ArticleContext(a, mentionFinder.findAll(a.id(), a.sentences())))));
		QuoteFinder quotes = new QuoteFinder();
		time("quotes and speakers", sentences, () -> contexts.forEach(quotes::find));
		AttributionFinder attributions = new AttributionFinder();
		time("cited sources", sentences, () -> contexts.forEach(attributions::find));
		QuantityFinder quantities = new QuantityFinder();
		time("numbers and dates", sentences, () -> articles.forEach(quantities::find));
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

	/** The seeds, varied: every copy swaps in other surnames and numbers, so no two articles are the same. */
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
					sentences.add(new SentenceText(sentenceId++, paragraph, sentences.size(), span.start(), span.text()));
				}
				paragraph++;
			}
			articles.add(new ArticleText((long) i, 1L, "article-" + i + ".txt", "", null, null, sentences));
		}
		return articles;
	}

}
