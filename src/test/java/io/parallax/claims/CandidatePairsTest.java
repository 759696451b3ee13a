package io.parallax.claims;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import io.parallax.analysis.SentenceFacts;
import io.parallax.text.ContentWords;
import org.junit.jupiter.api.Test;

/**
 * Which sentences the comparison looks at together: those of different articles sharing at least two words, the
 * ones sharing most first, at most forty per sentence.
 */
class CandidatePairsTest {

	private static ClaimSentence sentence(long id, long article, String text) {
		SentenceFacts facts = new SentenceFacts(id, Set.of(), List.of(), List.of());
		return new ClaimSentence(id, article, (int) id, 0, text, new float[] { 1f }, ContentWords.of(text),
				ContentWords.of(text), facts, false);
	}

	@Test
	void pairsSentencesOfOtherArticlesThatShareTwoWordsMostSharedFirst() {
		List<ClaimSentence> sentences = List.of(
				sentence(0, 1, "Firefighters battled the warehouse blaze near the harbour overnight."),
				sentence(1, 1, "The warehouse blaze near the harbour was the second this month."),
				sentence(2, 2, "A warehouse blaze kept firefighters busy near the harbour."),
				sentence(3, 2, "The mayor praised the harbour police."),
				sentence(4, 3, "Firefighters fought a warehouse blaze."));

		assertThat(CandidatePairs.of(sentences)).containsExactly(
				// sentence 0 shares five words with 2, three with 4; never sentence 1, its own article's
				new CandidatePairs.Pair(0, 2), new CandidatePairs.Pair(0, 4),
				new CandidatePairs.Pair(1, 2), new CandidatePairs.Pair(1, 4),
				new CandidatePairs.Pair(2, 4));
	}

	@Test
	void keepsTheFortyBestOfASentence() {
		List<ClaimSentence> sentences = new ArrayList<>();
		sentences.add(sentence(0, 0, "alpha bravo charlie delta echo"));
		for (int i = 1; i <= 60; i++) {
			sentences.add(sentence(i, i, i % 2 == 0 ? "alpha bravo charlie other" + i : "alpha bravo other" + i));
		}
		List<CandidatePairs.Pair> ofFirst = CandidatePairs.of(sentences).stream().filter(p -> p.a() == 0).toList();

		assertThat(ofFirst).hasSize(40);
		// the thirty sentences that share three words come before those that share two, each in story order
		assertThat(ofFirst.subList(0, 30)).allMatch(p -> p.b() % 2 == 0);
		assertThat(ofFirst.subList(30, 40)).extracting(CandidatePairs.Pair::b).containsExactly(1, 3, 5, 7, 9, 11, 13, 15,
				17, 19);
	}

}
