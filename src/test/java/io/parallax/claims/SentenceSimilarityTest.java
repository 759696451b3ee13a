package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import io.parallax.analysis.SentenceFacts.QuoteFact;
import io.parallax.text.ContentWords;
import org.junit.jupiter.api.Test;

/**
 * Whether two sentences state one fact. Identical vectors stand for what embeddings make of a paraphrase, and of
 * the known trap: "would not meet" scores as close to "could meet" as a paraphrase does.
 */
class SentenceSimilarityTest {

	private static final float[] SAME_MEANING = { 0.6f, 0.8f, 0f };

	private static final float[] OTHER_MEANING = { 0.8f, -0.6f, 0f };

	private static ClaimSentence sentence(long article, String text, QuoteFact... quotes) {
		return sentence(article, text, SAME_MEANING, quotes);
	}

	private static ClaimSentence sentence(long article, String text, float[] vector, QuoteFact... quotes) {
		SentenceFacts facts = new SentenceFacts(article, Set.of(1L), List.of(), List.of(quotes));
		return new ClaimSentence(article, article, 0, 0, text, vector, ContentWords.of(text),
				ClaimSentence.narrativeOf(text, facts), facts, ContentWords.negated(text));
	}

	/** A story in which the sentences compared sit among others, so that common words weigh little. */
	private static SentenceSimilarity inStory(ClaimSentence... compared) {
		List<ClaimSentence> story = new ArrayList<>(List.of(compared));
		for (String other : List.of("Trump spoke to reporters at the White House on Friday.",
				"Putin said Russia would keep its troops in place.", "Trump said the talks were going well.",
				"The Kremlin said Putin had no plans to travel.", "Officials said Trump would decide soon.")) {
			story.add(sentence(9, other, OTHER_MEANING));
		}
		return new SentenceSimilarity(story);
	}

	@Test
	void keepsADenialApartFromTheStatementItDenies() {
		ClaimSentence no = sentence(1, "Trump said he would not meet Putin.");
		ClaimSentence maybe = sentence(2, "Trump said he could meet Putin.");
		assertThat(inStory(no, maybe).of(no, maybe)).isZero();
	}

	@Test
	void linksReportsOfOneFactThatShareItsRareWords() {
		ClaimSentence a = sentence(1, "Trump and Putin have agreed to meet in Geneva in the coming days.");
		ClaimSentence b = sentence(2, "The two leaders are set to hold their Geneva summit in the coming days.");
		assertThat(inStory(a, b).of(a, b)).isGreaterThanOrEqualTo(SentenceSimilarity.SAME_CLAIM);
	}

	@Test
	void keepsApartSentencesThatShareOnlyTheStorysCommonWords() {
		ClaimSentence a = sentence(1, "Trump said the tariffs on Indian goods would double.", OTHER_MEANING);
		ClaimSentence b = sentence(2, "Trump said the Kremlin had presented a ceasefire proposal.");
		assertThat(inStory(a, b).of(a, b)).isLessThan(SentenceSimilarity.SAME_CLAIM);
	}

	@Test
	void theSameQuotedStatementIsOneClaimWhateverTheWordsAroundIt() {
		QuoteFact quote = new QuoteFact(7L, "I don't call it a breakthrough", null, "Trump");
		ClaimSentence a = sentence(1, "\"I don't call it a breakthrough,\" Trump told reporters in the Oval Office.", quote);
		ClaimSentence b = sentence(2, "Asked about progress, he said: \"I don't call it a breakthrough.\"", OTHER_MEANING, quote);
		assertThat(inStory(a, b).of(a, b)).isEqualTo(SentenceSimilarity.SAME_STATEMENT);
	}

	@Test
	void oneStatementQuotedWithAndWithoutANegationIsLinkedOnlyAsAMutualBestMatch() {
		ClaimSentence a = sentence(1, "\"I used money that should have been used for my campaign.\"",
				new QuoteFact(7L, "I used money that should have been used for my campaign.", null, "Jackson"));
		ClaimSentence b = sentence(2, "He acknowledged he \"used money that shouldn't have been used,\" his lawyer said.",
				OTHER_MEANING, new QuoteFact(7L, "used money that shouldn't have been used,", null, "Jackson"));
		assertThat(b.negated()).isNotEqualTo(a.negated());
		assertThat(inStory(a, b).of(a, b)).as("below the claim bar: a weak link").isEqualTo(ClaimClusterer.MUTUAL);
	}

	@Test
	void twoDifferentQuotationsAreTwoClaimsEvenFromOneSpeaker() {
		ClaimSentence a = sentence(1, "\"We have been working at this for a long time,\" Trump said.",
				new QuoteFact(7L, "We have been working at this for a long time", null, "Trump"));
		ClaimSentence b = sentence(2, "\"We will see what happens in a long time,\" Trump said.",
				new QuoteFact(8L, "We will see what happens in a long time", null, "Trump"));
		assertThat(inStory(a, b).of(a, b)).isZero();
	}

	@Test
	void rewritesShareTheReportersOwnWordsNotJustAQuotedStatement() {
		QuoteFact statement = new QuoteFact(7L, "The decision is final and will not be reviewed again", null, "the ministry");
		ClaimSentence a = sentence(1, "The ministry said: \"The decision is final and will not be reviewed again.\"", statement);
		ClaimSentence b = sentence(2, "\"The decision is final and will not be reviewed again,\" a spokesman wrote.", statement);
		assertThat(SentenceSimilarity.nearIdentical(a, b)).isFalse();
		ClaimSentence c = sentence(1, "Rescuers pulled twelve miners from the flooded shaft near Dortmund on Tuesday evening.");
		ClaimSentence d = sentence(2, "Rescuers pulled twelve miners out of the flooded shaft near Dortmund on Tuesday.");
		assertThat(SentenceSimilarity.nearIdentical(c, d)).isTrue();
	}

	@Test
	void aClauseIsAlsoComparedByTheSentenceItStandsIn() {
		ClaimSentence reported = sentence(1, "Rescuers pulled twelve miners from the flooded Dortmund shaft, and the mine's owner apologised.");
		ClaimSentence shaft = clause(reported, "Rescuers pulled twelve miners from the flooded Dortmund shaft");
		ClaimSentence sameContext = sentence(2, "Twelve miners were pulled from the Dortmund shaft, and its owner apologised to their families.");
		ClaimSentence otherContext = sentence(3, "Twelve miners were pulled from the Dortmund shaft, and the regional election was postponed.");
		SentenceSimilarity similarity = inStory(reported, sameContext, otherContext);
		double withContext = similarity.of(shaft, clause(sameContext, "Twelve miners were pulled from the Dortmund shaft"));
		double withoutContext = similarity.of(shaft, clause(otherContext, "Twelve miners were pulled from the Dortmund shaft"));
		assertThat(withContext).isGreaterThan(withoutContext);
	}

	/** One clause of a whole sentence, as {@link Propositions} makes it: the sentence's id, its own words. */
	private static ClaimSentence clause(ClaimSentence sentence, String clause) {
		return new ClaimSentence(sentence.id(), sentence.articleId(), 0, 0, sentence.text(), sentence.vector(),
				ContentWords.of(clause), sentence.narrative(), sentence.facts(), false, true);
	}

	@Test
	void takesOnlyAVerbsOwnNegationForADenial() {
		assertThat(ContentWords.negated("There was no major breakthrough.")).isFalse();
		assertThat(ContentWords.negated("He didn’t call it a breakthrough.")).isTrue();
	}

}
