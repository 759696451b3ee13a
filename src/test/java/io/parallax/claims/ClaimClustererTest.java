package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import io.parallax.text.ContentWords;
import org.junit.jupiter.api.Test;

/**
 * How sentences of several articles group into claims: one article's several sentences never chain unrelated reports
 * together, but a sentence that tells its article's fact again, lower down, belongs to that fact's claim.
 */
class ClaimClustererTest {

	private static final String LEAD = "Defense Secretary Jim Mattis resigned in protest over the Syria withdrawal.";

	private static final String OTHER_REPORT = "Jim Mattis resigned on Thursday in protest over the Syria withdrawal.";

	private static final float[] MEANING = { 0.6f, 0.8f, 0f };

	private static final float[] HALF_MEANING = { 1f, 0f, 0f };

	private static final float[] OTHER_MEANING = { 0f, 0f, 1f };

	private final List<ClaimSentence> story = new ArrayList<>();

	private ClaimSentence sentence(long article, String text, float[] vector) {
		SentenceFacts facts = new SentenceFacts(article, Set.of(1L), List.of(), List.of());
		ClaimSentence sentence = new ClaimSentence((long) story.size() + 1, article, story.size(), 0, text, vector,
				ContentWords.of(text), ClaimSentence.narrativeOf(text, facts), facts, ContentWords.negated(text));
		story.add(sentence);
		return sentence;
	}

	private List<DraftClaim> claims() {
		for (String other : List.of("Trump spoke to reporters at the White House on Friday.",
				"The Senate returned from its recess on Monday.", "Officials said Trump would decide soon.",
				"Congress is expected to vote on the spending bill next week.",
				"The president met his cabinet on Wednesday morning.")) {
			sentence(9, other, OTHER_MEANING);
		}
		return ClaimClusterer.cluster(story, CandidatePairs.of(story), new SentenceSimilarity(story));
	}

	/** The claim that holds these sentences (a sentence may also head a second claim with one of them). */
	private static DraftClaim claimOf(List<DraftClaim> claims, ClaimSentence... sentences) {
		return claims.stream().filter(c -> c.sentences().containsAll(List.of(sentences))).findFirst().orElseThrow();
	}

	@Test
	void aSentenceThatTellsItsArticlesFactAgainJoinsThatFactsClaim() {
		ClaimSentence lead = sentence(1, LEAD, MEANING);
		ClaimSentence again = sentence(1, "Mattis resigned, officials said, in protest over the Syria withdrawal.",
				MEANING);
		ClaimSentence other = sentence(2, OTHER_REPORT, MEANING);
		ClaimSentence third = sentence(3, "Mattis resigned in protest over the withdrawal from Syria.", MEANING);

		DraftClaim claim = claimOf(claims(), other, third);

		assertThat(claim.sentences()).contains(lead, other, third, again);
	}

	@Test
	void aSentenceThatSharesWordsWithOnlyOneReportOfTheFactStaysOut() {
		ClaimSentence lead = sentence(1, LEAD, MEANING);
		ClaimSentence neighbour = sentence(1, "The Syria withdrawal of American troops began on Thursday, officials said.",
				HALF_MEANING);
		ClaimSentence other = sentence(2, OTHER_REPORT, MEANING);
		ClaimSentence third = sentence(3, "Mattis resigned in protest over the pullout, aides said.", MEANING);

		DraftClaim claim = claimOf(claims(), other, third);

		assertThat(claim.sentences()).contains(lead, other, third).doesNotContain(neighbour);
	}

}
