package io.parallax.claims;

import java.util.ArrayList;
import java.util.List;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.parallax.text.TokenTagger;

import org.springframework.stereotype.Component;

/**
 * The facts a story's sentences state, as the comparison aligns them: each sentence split into its clauses
 * ({@link ClauseSplitter}), each clause a {@link ClaimSentence} of its own that keeps the sentence's id, text,
 * article, embedding, numbers and quotes but is compared by the clause's own words and negation. A sentence of several
 * clauses can so be a member of several claims, and two sentences that share one fact among others are compared on
 * that fact, not on everything around it.
 */
@Component
class Propositions {

	/**
	 * The clauses of the sentences of the last stories compared: a story is compared again after every import into
	 * it, and tagging its sentences anew each time would cost about a second per 15,000 words (measured on 2 loaded
	 * cores). About 20,000 sentences, some 15 MB.
	 */
	private static final int REMEMBERED_SENTENCES = 20_000;

	private final TokenTagger tagger;

	private final Cache<String, List<ClauseSplitter.Clause>> splits = Caffeine.newBuilder()
		.maximumSize(REMEMBERED_SENTENCES)
		.build();

	Propositions(TokenTagger tagger) {
		this.tagger = tagger;
	}

	List<ClaimSentence> of(List<ClaimSentence> sentences) {
		List<ClaimSentence> clauses = new ArrayList<>(sentences.size() * 3 / 2);
		for (ClaimSentence sentence : sentences) {
			List<ClauseSplitter.Clause> split = splits.get(sentence.text(),
					text -> ClauseSplitter.split(tagger.tag(text)));
			if (split.isEmpty()) {
				// all attribution ("According to police."): compared whole, so that it is never lost
				clauses.add(sentence);
				continue;
			}
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
