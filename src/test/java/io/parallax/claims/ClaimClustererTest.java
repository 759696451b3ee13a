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

	private ClaimSentence quoting(long article, String text, float[] vector, SentenceFacts.QuoteFact... quotes) {
		SentenceFacts facts = new SentenceFacts(article, Set.of(1L), List.of(), List.of(quotes));
		ClaimSentence sentence = new ClaimSentence((long) story.size() + 1, article, story.size(), 0, text, vector,
				ContentWords.of(text), ClaimSentence.narrativeOf(text, facts), facts, ContentWords.negated(text));
		story.add(sentence);
		return sentence;
	}

	private static SentenceFacts.QuoteFact quote(long group, String text) {
		return new SentenceFacts.QuoteFact(group, text, null, "Braley");
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


	@Test
	void oneStatementQuotedWithAndWithoutANegationIsOneClaim() {
		ClaimSentence fox = quoting(1, "“I did these things. … I used money that should have been used for my campaign.”",
				OTHER_MEANING, quote(7, "I did these things. … I used money that should have been used for my campaign."));
		ClaimSentence huffpost = quoting(2, "He acknowledged he \"used money that shouldn't have been used,\" calling the "
				+ "government's statement accurate.", MEANING, quote(7, "used money that shouldn't have been used,"));

		assertThat(claimOf(claims(), fox, huffpost).sentences()).containsExactlyInAnyOrder(fox, huffpost);
	}

	@Test
	void aSentenceThatQuotesTheStatementOthersQuoteAloneJoinsTheirClaimWhateverItDeniesBesides() {
		ClaimSentence fox = quoting(1, "Stone on Friday said he would plead not guilty to the charges, and said he "
				+ "“looks forward to being fully and completely vindicated.”", MEANING,
				quote(7, "looks forward to being fully and completely vindicated."));
		ClaimSentence huffpost = quoting(2, "“I look forward to being fully and completely vindicated,” he said, while "
				+ "onlookers booed.", OTHER_MEANING, quote(7, "I look forward to being fully and completely vindicated,"));
		ClaimSentence nyt = quoting(3, "“I look forward to being fully and completely vindicated,” he added, then "
				+ "flashed twin V-for-victory hand signs.", OTHER_MEANING,
				quote(7, "I look forward to being fully and completely vindicated,"));

		assertThat(claimOf(claims(), huffpost, nyt).sentences()).contains(fox);
	}

	@Test
	void aSentenceThatQuotesTwoStatementsDoesNotChainAnotherArticlesTwoFactsTogether() {
		ClaimSentence huffpost = quoting(1, "“I apologize to Sen. Grassley and anyone I may have offended,” Braley wrote.",
				MEANING, quote(7, "I apologize to Sen. Grassley and anyone I may have offended,"));
		ClaimSentence nyt = quoting(2, "Mr. Braley apologized to Senator Charles E. Grassley and “anyone I may have "
				+ "offended” after video emerged of him warning that “a farmer from Iowa who never went to law school, "
				+ "never practiced law” could become chairman of the Judiciary Committee.", MEANING,
				quote(7, "anyone I may have offended"), quote(8, "a farmer from Iowa who never went to law school, never "
						+ "practiced law"));
		ClaimSentence fox = quoting(3, "“Or, you might have a farmer from Iowa who never went to law school, never "
				+ "practiced law, serving as the next chair of the Senate Judiciary Committee.”", OTHER_MEANING,
				quote(8, "Or, you might have a farmer from Iowa who never went to law school, never practiced law, serving "
						+ "as the next chair of the Senate Judiciary Committee."));

		List<DraftClaim> claims = claims();

		assertThat(claimOf(claims, nyt, fox).sentences()).doesNotContain(huffpost);
	}

}
