package io.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import io.parallax.text.NameTagger.Label;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The model is skipped on sentences whose only capital is a common first word; these tests hold the model to it:
 * on such sentences it names nothing, and sentences that open with a name still go to it.
 */
class NameTaggerTest {

	private static final TokenTagger TOKENS = new TokenTagger();

	private static final NameTagger NAMES = new NameTagger();

	@ParameterizedTest
	@ValueSource(strings = { "He said the talks would resume within days.",
			"The deal was signed late on the third day, officials said.",
			"“We are not going to accept that,” she told reporters.",
			"But the company's shares fell 4% in early trading after the announcement.",
			"It is the first time in a decade that prices have fallen two quarters running.",
			"\"i think it will work,\" he said." })
	void aSentenceWhoseOnlyCapitalOpensItNamesNothing(String sentence) {
		List<TaggedToken> tokens = TOKENS.tag(sentence);

		assertThat(NameTagger.mayHoldAName(tokens)).isFalse();
		assertThat(NAMES.modelLabels(tokens)).containsOnly(Label.NONE);
		assertThat(NAMES.label(tokens)).containsOnly(Label.NONE).hasSize(tokens.size());
	}

	@ParameterizedTest
	@ValueSource(strings = { "Putin arrived on the second day of talks.", "Zelensky said he would not attend.",
			"Shares in eBay fell after the results.", "the talks in Geneva broke up early.",
			"“We will be there,” Mr Johnson said." })
	void aSentenceWithANameGoesToTheModel(String sentence) {
		List<TaggedToken> tokens = TOKENS.tag(sentence);

		assertThat(NameTagger.mayHoldAName(tokens)).isTrue();
		assertThat(NAMES.label(tokens)).isEqualTo(NAMES.modelLabels(tokens)).anyMatch(label -> label != Label.NONE);
	}

}
