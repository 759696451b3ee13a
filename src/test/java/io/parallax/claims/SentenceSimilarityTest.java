package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import org.junit.jupiter.api.Test;

/**
 * The known trap: embeddings score "would not meet" as close to "could meet" as a paraphrase. Identical vectors
 * here stand for that closeness.
 */
class SentenceSimilarityTest {

	private static final float[] SAME_MEANING = { 0.6f, 0.8f, 0f };

	private static ClaimSentence sentence(long article, String text) {
		return new ClaimSentence(article, article, 0, text, SAME_MEANING, ContentWords.of(text),
				new SentenceFacts(article, Set.of(1L), List.of(), List.of()), ContentWords.negated(text));
	}

	@Test
	void keepsADenialApartFromTheStatementItDenies() {
		assertThat(SentenceSimilarity.of(sentence(1, "Trump said he would not meet Putin."),
				sentence(2, "Trump said he could meet Putin."))).isZero();
	}

	@Test
	void linksParaphrases() {
		assertThat(SentenceSimilarity.of(sentence(1, "Trump and Putin have agreed to meet in the coming days."),
				sentence(2, "Trump and Putin are set to meet in the coming days.")))
			.isGreaterThanOrEqualTo(SentenceSimilarity.SAME_CLAIM);
	}

	@Test
	void takesOnlyAVerbsOwnNegationForADenial() {
		assertThat(ContentWords.negated("There was no major breakthrough.")).isFalse();
		assertThat(ContentWords.negated("He didn’t call it a breakthrough.")).isTrue();
	}

}
