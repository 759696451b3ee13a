package io.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import opennlp.tools.postag.POSTaggerME;
import org.junit.jupiter.api.Test;

/** The tagger searches the model greedily: the tags must be those of the model's own beam search. */
class TokenTaggerTest {

	private final TokenTagger tagger = new TokenTagger();

	@Test
	void theGreedySearchGivesTheTagsOfTheModelsBeamSearch() {
		POSTaggerME beam = new POSTaggerME(TokenTagger.load(TokenTagger.POS_MODEL));
		for (String sentence : List.of(
				"The council voted 7-2 on Tuesday to close the Brennock Road depot, which employs 140 people.",
				"“We will appeal,” said Dana Whitfield, the union’s regional secretary, adding that talks had failed.",
				"Shares in Harlow Mining fell 12 percent after the company cut its forecast for a second time.",
				"Police said the suspect, 34, was arrested in Leeds and would appear in court on Monday.")) {
			List<TaggedToken> tagged = tagger.tag(sentence);
			String[] tokens = tagged.stream().map(TaggedToken::text).toArray(String[]::new);
			assertThat(tagged.stream().map(TaggedToken::tag).toList()).containsExactly(beam.tag(tokens));
		}
	}

}
