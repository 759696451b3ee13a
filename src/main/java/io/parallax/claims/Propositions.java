package io.parallax.claims;

import java.util.ArrayList;
import java.util.List;

import io.parallax.text.TokenTagger;

import org.springframework.stereotype.Component;

/**
 * The facts a story's sentences state, as the comparison aligns them: each sentence split into its clauses
 * ({@link ClauseSplitter}), each clause a {@link ClaimSentence} of its own that keeps the sentence's id, text,
 * article and embedding but carries only the clause's words, numbers, quotes and negation. A sentence of several
 * clauses can so be a member of several claims, and two sentences that share one fact among others are compared on
 * that fact, not on everything around it.
 */
@Component
class Propositions {

	private final TokenTagger tagger;

	Propositions(TokenTagger tagger) {
		this.tagger = tagger;
	}

	List<ClaimSentence> of(List<ClaimSentence> sentences) {
		List<ClaimSentence> clauses = new ArrayList<>(sentences.size() * 3 / 2);
		for (ClaimSentence sentence : sentences) {
			List<ClauseSplitter.Clause> split = ClauseSplitter.split(tagger.tag(sentence.text()));
			for (ClauseSplitter.Clause clause : split) {
				clauses.add(clauseOf(sentence, clause.text(), split.size() > 1));
			}
		}
		return clauses;
	}

	/**
	 * One clause of a sentence: compared by its own words and negation. It keeps the whole sentence's numbers and
	 * quotes, so that where the articles of a claim differ is read from their sentences as before: a sentence that
	 * gives two figures of one measure stays ambiguous, whichever clause links it.
	 */
	static ClaimSentence clauseOf(ClaimSentence sentence, String clause, boolean part) {
		return new ClaimSentence(sentence.id(), sentence.articleId(), sentence.position(), sentence.paragraph(),
				sentence.text(), sentence.vector(), ContentWords.of(clause), sentence.narrative(), sentence.facts(),
				ContentWords.negated(clause), part);
	}

}
