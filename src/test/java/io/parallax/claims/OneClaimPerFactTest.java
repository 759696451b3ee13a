package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import io.parallax.text.ContentWords;
import org.junit.jupiter.api.Test;

/**
 * The claims a story's groups of sentences make: no two claims read the same, even when one sentence states the
 * facts of both.
 */
class OneClaimPerFactTest {

	private final List<ClaimSentence> sentences = new ArrayList<>();

	@Test
	void twoClaimsThatShareASentenceAreShownByDifferentSentences() {
		ClaimSentence both = sentence(1, "Trump signed the spending bill and declared a national emergency at the border.",
				new float[] { 1, 1, 1, 1 });
		ClaimSentence signed = sentence(2, "The spending bill was signed.", new float[] { 1, 0, 0, 0 });
		ClaimSentence signedToo = sentence(3, "Trump signed it into law.", new float[] { 0, 1, 0, 0 });
		ClaimSentence declared = sentence(2, "A national emergency was declared.", new float[] { 0, 0, 1, 0 });
		ClaimSentence declaredToo = sentence(3, "Trump declared it at the border.", new float[] { 0, 0, 0, 1 });
		SentenceSimilarity similarity = new SentenceSimilarity(sentences);
		DraftClaim signing = claim(similarity, both, signed, signedToo);
		DraftClaim emergency = claim(similarity, both, declared, declaredToo);
		assertThat(signing.representative()).as("the sentence that states both is each claim's clearest").isSameAs(both);
		assertThat(emergency.representative()).isSameAs(both);

		List<DraftClaim> claims = OneClaimPerFact.of(List.of(signing, emergency));

		assertThat(claims).extracting(c -> c.representative().text()).doesNotHaveDuplicates().hasSize(2);
	}

	private ClaimSentence sentence(long article, String text, float[] meaning) {
		SentenceFacts facts = new SentenceFacts((long) sentences.size() + 1, Set.of(), List.of(), List.of());
		ClaimSentence sentence = new ClaimSentence((long) sentences.size() + 1, article, sentences.size(), 0, text,
				meaning, ContentWords.of(text), ClaimSentence.narrativeOf(text, facts), facts, false);
		sentences.add(sentence);
		return sentence;
	}

	private static DraftClaim claim(SentenceSimilarity similarity, ClaimSentence... members) {
		DraftClaim claim = new DraftClaim(similarity);
		List.of(members).forEach(claim::add);
		return claim;
	}

}
