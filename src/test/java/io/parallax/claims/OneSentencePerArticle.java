package io.parallax.claims;

import java.util.ArrayList;
import java.util.List;

import io.parallax.analysis.SentenceFacts;
import io.parallax.text.ContentWords;

/** Sentences for a test of one claim's comparison, one an article (the article's id is the sentence's). */
final class OneSentencePerArticle {

	private final List<ClaimSentence> sentences = new ArrayList<>();

	ClaimSentence sentence(String text, SentenceFacts facts) {
		ClaimSentence sentence = new ClaimSentence(facts.sentenceId(), facts.sentenceId(), 0, 0, text,
				new float[] { 1f }, ContentWords.of(text), ClaimSentence.narrativeOf(text, facts), facts, false);
		sentences.add(sentence);
		return sentence;
	}

	/** A claim of these members, compared against every sentence made so far. */
	DraftClaim claim(ClaimSentence... members) {
		DraftClaim claim = new DraftClaim(new SentenceSimilarity(sentences));
		List.of(members).forEach(claim::add);
		return claim;
	}

}
