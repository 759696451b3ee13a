package io.parallax.evaluation;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import tools.jackson.databind.JsonNode;

/** Every stage's score on one story, and what was missed or wrong, for the report. */
record StoryEvaluation(String name, EntityScorer.Result entities, QuoteScorer.Result quotes, Pairing sources,
		Pairing dates, Pairing numbers, ClaimScorer.Result claims, SummaryScorer.Result summary,
		DerivedPairScorer.Result derived) {

	static StoryEvaluation of(String name, JsonNode expected, StoryOutput output) {
		ExpectedEntities entities = new ExpectedEntities(expected.get("entities"), expected.get("descriptions"));
		return new StoryEvaluation(name, EntityScorer.score(output.entities(), entities),
				QuoteScorer.score(expected.get("quotes"), output.quotes(), output.entities(), entities),
				SourceScorer.score(expected.get("sources"), output.attributions(), output.entities(), entities),
				QuantityScorer.dates(expected.get("quantities"), output.quantities()),
				QuantityScorer.numbers(expected.get("quantities"), output.quantities()),
				ClaimScorer.score(expected, output), SummaryScorer.score(expected.get("summary").asString(), output),
				DerivedPairScorer.score(expected.get("derivedPairs"), output));
	}

	Map<String, Score> speakersByArticle() {
		return quotes.speakersByArticle();
	}

	/** What was missed or wrong, stage by stage, so that a failing figure can be traced to its texts. */
	List<String> details() {
		List<String> lines = new ArrayList<>();
		lines.add("== " + name);
		speakersByArticle().forEach((file, score) -> lines.add(String.format(java.util.Locale.ROOT,
				"  speakers right in %s: %d of %d", file, score.detailRight(), score.detailTotal())));
		section(lines, "entity that is no name a reader listed", entities.notNames());
		section(lines, "entity of the wrong kind", entities.wrongKinds());
		section(lines, "person not unified", entities.split());
		section(lines, "entity missed", entities.missed());
		section(lines, "quote missed", quotes.pairing().missed);
		section(lines, "quote not a reader's", quotes.pairing().extra);
		section(lines, "wrong speaker", quotes.pairing().wrongDetail);
		section(lines, "source missed", sources.missed);
		section(lines, "source not a reader's", sources.extra);
		section(lines, "wrong source kind", sources.wrongDetail);
		section(lines, "date missed", dates.missed);
		section(lines, "date not a reader's", dates.extra);
		section(lines, "date resolved wrong", dates.wrongDetail);
		section(lines, "number missed", numbers.missed);
		section(lines, "number not a reader's", numbers.extra);
		section(lines, "number with the wrong value", numbers.wrongDetail);
		section(lines, "disagreement not flagged", claims.missedFlags());
		section(lines, "flag on no disagreement", claims.wrongFlags());
		section(lines, "possible disagreement not shown", claims.missedPossible());
		section(lines, "difference worth checking on no reader's disagreement", claims.wrongChecking());
		section(lines, "omission of a fact the article reports", claims.wrongOmissions());
		section(lines, "claim pair not a reader's", claims.wrongPairs());
		section(lines, "claim pair missed", claims.missedPairs());
		section(lines, "derived pair missed", derived.missed());
		section(lines, "derived pair not a reader's", derived.extra());
		return lines;
	}

	private static void section(List<String> lines, String what, List<String> items) {
		items.forEach(item -> lines.add("  " + what + ": " + item));
	}

}
