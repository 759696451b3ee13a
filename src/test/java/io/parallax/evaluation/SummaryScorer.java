package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * Scores the story summary against the reader's reference next to Lead and LexRank, every system cut to the
 * reference's length in words, and checks that no summary sentence is site furniture.
 */
final class SummaryScorer {

	private SummaryScorer() {
	}

	record Result(Rouge.Scores parallax, Rouge.Scores lead, Rouge.Scores lexRank, int words) {
	}

	static Result score(String reference, StoryOutput output) {
		int words = Rouge.words(reference).size();
		List<String> summary = new ArrayList<>();
		output.summary().get("sentences").forEach(s -> summary.add(s.get("text").asString()));
		List<List<String>> articles = new ArrayList<>();
		output.articles().keySet().forEach(file -> articles.add(output.sentences(file)));
		return new Result(Rouge.all(Rouge.cut(summary, words), reference),
				Rouge.all(Rouge.cut(Baselines.lead(articles), words), reference),
				Rouge.all(Rouge.cut(Baselines.lexRank(articles), words), reference), words);
	}

	static List<String> sentences(JsonNode summary) {
		List<String> texts = new ArrayList<>();
		summary.get("sentences").forEach(s -> texts.add(s.get("text").asString()));
		return texts;
	}

}
