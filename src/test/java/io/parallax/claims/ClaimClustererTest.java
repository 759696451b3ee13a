package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import io.parallax.text.ContentWords;
import org.junit.jupiter.api.Test;

/**
 * How sentences of several articles group into claims: one article's several sentences never chain unrelated reports
 * together, but a sentence that tells its article's fact again, lower down, belongs to that fact's claim, even when
 * it also states a second fact with another article.
 */
class ClaimClustererTest {

	private static final String LEAD = "Defense Secretary Jim Mattis resigned in protest over the Syria withdrawal.";

	private static final String OTHER_REPORT = "Jim Mattis resigned on Thursday in protest over the Syria withdrawal.";

	private static final float[] MEANING = { 0.6f, 0.8f, 0f };

	private static final float[] HALF_MEANING = { 1f, 0f, 0f };

	private static final float[] LEAVING_MEANING = { 0f, 0.8f, 0.6f };

	private static final float[] BOTH_MEANINGS = { 0.331f, 0.883f, 0.331f };

	private static final float[] OTHER_MEANING = { 0f, 0f, 1f };

	private final List<ClaimSentence> story = new ArrayList<>();

	private ClaimSentence sentence(long article, String text, float[] vector, SentenceFacts.Quantity... figures) {
		SentenceFacts facts = new SentenceFacts(article, Set.of(1L), List.of(figures), List.of());
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
	void aSentenceOfASecondFactThatAlsoTellsItsArticlesFirstFactIsAMemberOfBothClaims() {
		ClaimSentence lead = sentence(1, LEAD, MEANING);
		ClaimSentence detail = sentence(1, "Mattis, who resigned in protest over the Syria withdrawal, will leave the "
				+ "Pentagon on February 28, his letter said.", BOTH_MEANINGS);
		ClaimSentence other = sentence(2, OTHER_REPORT, MEANING);
		ClaimSentence leaving = sentence(2, "Mattis will leave the Pentagon on February 28, his letter said.",
				LEAVING_MEANING);
		ClaimSentence third = sentence(3, "Mattis resigned in protest over the withdrawal from Syria.", MEANING);

		List<DraftClaim> claims = claims();

		assertThat(claimOf(claims, detail, leaving).sentences()).doesNotContain(lead, other, third);
		assertThat(claimOf(claims, other, third).sentences()).contains(lead, detail).doesNotContain(leaving);
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

	@Test
	void twoSentencesThatAreEachOthersBestMatchBelowTheThresholdStateOneFact() {
		ClaimSentence a = sentence(1, "Mattis quit over Syria.", MEANING);
		ClaimSentence b = sentence(2, "The defense secretary stepped down after the Syria decision.", MEANING);
		ClaimSentence c = sentence(2, "He left the Pentagon on Thursday.", MEANING);
		ClaimSentence d = sentence(3, "The shutdown lasted 35 days.", MEANING, days(35, "35 days"));
		ClaimSentence e = sentence(2, "The shutdown ended after three weeks.", MEANING, days(21, "three weeks"));
		List<CandidatePairs.Pair> pairs = List.of(new CandidatePairs.Pair(0, 1), new CandidatePairs.Pair(0, 2),
				new CandidatePairs.Pair(3, 4));
		double weak = (ClaimClusterer.MUTUAL + SentenceSimilarity.SAME_CLAIM) / 2;

		List<ClaimClusterer.Link> links = ClaimClusterer.mutualBestMatches(pairs,
				new double[] { weak, weak - 0.01, weak }, story, NearFigures.of(story));

		assertThat(links).extracting(link -> story.get(link.a()).text() + " / " + story.get(link.b()).text())
			.as("the best of %s, %s; not %s", b.text(), a.text(), c.text() + ", nor " + d.text() + " / " + e.text())
			.containsExactly(a.text() + " / " + b.text());
	}

	private static SentenceFacts.Quantity days(int days, String text) {
		return new SentenceFacts.Quantity("DURATION", text, BigDecimal.valueOf(days), "day", null, null, false);
	}

}
