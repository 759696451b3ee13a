package io.parallax.analysis;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * What the analysis found in one sentence, for the stages that compare sentences across articles.
 *
 * @param entityIds the entities the sentence names
 * @param quantities its numbers and dates
 * @param quotes its quotes: the quote group (the same words across outlets), the wording and the speaker
 */
public record SentenceFacts(Long sentenceId, Set<Long> entityIds, List<Quantity> quantities, List<QuoteFact> quotes) {

	public record Quantity(String kind, String text, BigDecimal value, String unit, LocalDate resolvedDate) {
	}

	public record QuoteFact(Long groupId, String text, Long speakerEntityId, String speaker) {
	}

}
