package io.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import io.parallax.analysis.SentenceClauses;
import io.parallax.text.ContentWords;

import org.springframework.stereotype.Component;

/**
 * The facts a story's sentences state, as the comparison aligns them: each sentence's clauses (split when its
 * article was analysed, {@link SentenceClauses}), each clause a {@link ClaimSentence} of its own that keeps the
 * sentence's id, text, article, embedding, numbers and quotes but is compared by the clause's own words and negation.
 * A sentence of several clauses can so be a member of several claims, and two sentences that share one fact among
 * others are compared on that fact, not on everything around it.
 */
@Component
class Propositions {

	private final SentenceClauses clauses;

	Propositions(SentenceClauses clauses) {
		this.clauses = clauses;
	}

	/**
	 * Reads the stored clauses; a sentence that has none (its article was analysed before clauses were stored) is
	 * split now, so that a database imported before then is compared as it would be after a re-import.
	 */
	List<ClaimSentence> of(Long storyId, List<ClaimSentence> sentences) {
		Map<Long, List<String>> stored = clauses.ofStory(storyId);
		return of(sentences, s -> stored.containsKey(s.id()) ? stored.get(s.id()) : clauses.split(s.text()));
	}

	/** @param clausesOf each sentence's clauses, one at least */
	static List<ClaimSentence> of(List<ClaimSentence> sentences, Function<ClaimSentence, List<String>> clausesOf) {
		List<ClaimSentence> facts = new ArrayList<>(sentences.size() * 3 / 2);
		for (ClaimSentence sentence : sentences) {
			List<String> split = clausesOf.apply(sentence);
			for (String clause : split) {
				facts.add(clauseOf(sentence, clause, split.size() > 1));
			}
		}
		return facts;
	}

	/**
	 * One clause of a sentence: compared by its own words and negation. It keeps the whole sentence's numbers and
	 * quotes, so that where the articles of a claim differ is read from their sentences as before: a sentence that
	 * gives two figures of one measure stays ambiguous, whichever clause links it.
	 */
	private static ClaimSentence clauseOf(ClaimSentence sentence, String clause, boolean part) {
		return new ClaimSentence(sentence.id(), sentence.articleId(), sentence.position(), sentence.paragraph(),
				sentence.text(), sentence.vector(), ContentWords.of(clause), sentence.narrative(), sentence.facts(),
				ContentWords.negated(clause), part);
	}

}
