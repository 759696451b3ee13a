package io.parallax.evaluation;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;

/**
 * The evaluation's figures: one row per story and stage, the development corpus's totals (pooled over its
 * stories; ROUGE averaged), and the seed story apart.
 */
final class EvaluationReport {

	private static final String ROW = "%-36s %-11s %-11s %5s %5s | %-11s %5s | %-11s %5s | %-11s %5s | %-11s %5s | %-16s | %-11s | %s%n";

	final List<StoryEvaluation> corpus;

	final StoryEvaluation seeds;

	EvaluationReport(List<StoryEvaluation> corpus, StoryEvaluation seeds) {
		this.corpus = corpus;
		this.seeds = seeds;
	}

	Score total(Function<StoryEvaluation, Score> stage) {
		return corpus.stream().map(stage).reduce(Score.NONE, Score::plus);
	}

	double meanRouge(Function<SummaryScorer.Result, Rouge.Scores> system, Function<Rouge.Scores, Double> measure) {
		return corpus.stream().mapToDouble(e -> measure.apply(system.apply(e.summary()))).average().orElse(0);
	}

	/** The lowest share of right speakers of any article with at least three quotes found. */
	double worstArticleSpeakers() {
		return corpus.stream().flatMap(e -> e.speakersByArticle().values().stream())
			.filter(s -> s.detailTotal() >= 3).mapToDouble(Score::detail).min().orElse(1);
	}

	/** The share of the corpus's events whose derived pairs are exactly the reader's. */
	double derivedExact() {
		return corpus.stream().filter(e -> e.derived().exact()).count() / (double) corpus.size();
	}

	String table() {
		StringBuilder out = new StringBuilder();
		out.append(String.format(Locale.ROOT, ROW, "story", "entities P/R", "", "kind", "people", "quotes P/R", "spkr",
				"sources P/R", "kind", "dates P/R", "right", "numbers P/R", "value", "claims P/R/F1", "flags R/P",
				"ROUGE-1/2/L F: Parallax | Lead | LexRank"));
		corpus.forEach(e -> out.append(row(e.name(), e.entities().entities(), e.entities().unified(),
				e.quotes().pairing().score(), e.sources().score(), e.dates().score(), e.numbers().score(),
				e.claims().pairs(), e.claims().flags(), rouge(e.summary()))));
		out.append(row("CORPUS (" + corpus.size() + " events)", total(e -> e.entities().entities()),
				total(e -> e.entities().unified()), total(e -> e.quotes().pairing().score()), total(e -> e.sources().score()),
				total(e -> e.dates().score()), total(e -> e.numbers().score()), total(e -> e.claims().pairs()),
				total(e -> e.claims().flags()), meanRouge()));
		out.append(row("SEEDS " + seeds.name(), seeds.entities().entities(), seeds.entities().unified(),
				seeds.quotes().pairing().score(), seeds.sources().score(), seeds.dates().score(), seeds.numbers().score(),
				seeds.claims().pairs(), seeds.claims().flags(), rouge(seeds.summary())));
		out.append(String.format(Locale.ROOT, "corpus: entities that are no name %.1f %%, of the wrong kind %.1f %%;"
				+ " speakers right %.2f (worst article %.2f); dates resolved right %.2f%n",
				100 * (1 - total(e -> e.entities().entities()).precision()),
				100 * (1 - total(e -> e.entities().entities()).detail()), total(e -> e.quotes().pairing().score()).detail(),
				worstArticleSpeakers(), total(e -> e.dates().score()).detail()));
		Score derived = total(e -> e.derived().score());
		out.append(String.format(Locale.ROOT, "derived pairs: corpus P/R %s (%d found, %d expected), exact in %d of %d"
				+ " events; seeds P/R %s (%d found, %d expected)%n", pr(derived), derived.found(), derived.expected(),
				corpus.stream().filter(e -> e.derived().exact()).count(), corpus.size(), pr(seeds.derived().score()),
				seeds.derived().score().found(), seeds.derived().score().expected()));
		Score flags = total(e -> e.claims().flags());
		Score seedFlags = seeds.claims().flags();
		out.append(String.format(Locale.ROOT, "disagreement flags: corpus %d flagged, %d of them on a reader's"
				+ " disagreement, %d of %d firm disagreements found; seeds %d flagged, %d right, %d of %d found%n",
				flags.found(), flags.foundRight(), flags.expectedFound(), flags.expected(), seedFlags.found(),
				seedFlags.foundRight(), seedFlags.expectedFound(), seedFlags.expected()));
		Score possible = total(e -> e.claims().possible());
		Score seedPossible = seeds.claims().possible();
		out.append(String.format(Locale.ROOT, "possible disagreements (a reader's, not firm) shown as a difference:"
				+ " corpus %d of %d; seeds %d of %d; all disagreements shown (firm ones flagged): corpus %d of %d"
				+ " (%.2f), seeds %d of %d%n", possible.expectedFound(), possible.expected(),
				seedPossible.expectedFound(), seedPossible.expected(), possible.expectedFound() + flags.expectedFound(),
				possible.expected() + flags.expected(), (possible.expectedFound() + flags.expectedFound())
						/ (double) Math.max(1, possible.expected() + flags.expected()),
				seedPossible.expectedFound() + seedFlags.expectedFound(), seedPossible.expected() + seedFlags.expected()));
		out.append(String.format(Locale.ROOT, "differences worth checking: corpus %d shown, %d of them on a reader's"
				+ " disagreement of their kind (%.2f); seeds %d shown, %d%n", possible.found(), possible.foundRight(),
				possible.precision(), seedPossible.found(), seedPossible.foundRight()));
		return out.toString();
	}

	private String meanRouge() {
		return String.format(Locale.ROOT, "%s | %s | %s", triple(s -> s.parallax()), triple(s -> s.lead()),
				triple(s -> s.lexRank()));
	}

	private String triple(Function<SummaryScorer.Result, Rouge.Scores> system) {
		return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", meanRouge(system, Rouge.Scores::rouge1),
				meanRouge(system, Rouge.Scores::rouge2), meanRouge(system, Rouge.Scores::rougeL));
	}

	private static String rouge(SummaryScorer.Result r) {
		return String.format(Locale.ROOT, "%s | %s | %s", scores(r.parallax()), scores(r.lead()), scores(r.lexRank()));
	}

	private static String scores(Rouge.Scores s) {
		return String.format(Locale.ROOT, "%.3f/%.3f/%.3f", s.rouge1(), s.rouge2(), s.rougeL());
	}

	private static String row(String name, Score entities, Score people, Score quotes, Score sources, Score dates,
			Score numbers, Score claims, Score flags, String rouge) {
		return String.format(Locale.ROOT, ROW, name, pr(entities), "", f(entities.detail()), f(people.recall()), pr(quotes),
				f(quotes.detail()), pr(sources), f(sources.detail()), pr(dates), f(dates.detail()), pr(numbers),
				f(numbers.detail()), String.format(Locale.ROOT, "%s/%s/%s", f(claims.precision()), f(claims.recall()),
						f(claims.f1())), f(flags.recall()) + "/" + f(flags.precision()), rouge);
	}

	private static String pr(Score s) {
		return f(s.precision()) + "/" + f(s.recall());
	}

	private static String f(double value) {
		return String.format(Locale.ROOT, "%.2f", value);
	}

	/** Writes what every stage missed or got wrong, story by story, and returns where. */
	Path writeDetails(Path folder) throws IOException {
		List<String> lines = new ArrayList<>();
		corpus.forEach(e -> lines.addAll(e.details()));
		lines.addAll(seeds.details());
		Files.createDirectories(folder);
		Path file = folder.resolve("evaluation-details.txt");
		Files.write(file, lines);
		return file;
	}

}
