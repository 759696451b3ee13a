package io.parallax.claims;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.analysis.SentenceFacts.QuoteFact;
import io.parallax.text.ContentWords;
import io.parallax.text.SentenceEmbedder;

/**
 * How likely two sentences of different articles state the same fact, within one story: mostly by the rare words
 * they share (weighted by how little the story repeats them), partly by meaning (embeddings). On the development
 * corpus the weighted words tell same-fact pairs apart better than the embeddings do, and the blend better than
 * either. A clause of a sentence that states several facts is compared by its own words and, half, by its whole
 * sentence's: the clause tells which fact, the sentence around it the context a few shared words lack. Quotes are
 * compared as statements: the same quoted words are one claim, two sentences that are mostly different quotations
 * are two. A sentence that denies what the other states is not the same fact, unless both quote one statement.
 */
final class SentenceSimilarity {

	/**
	 * From this score two sentences state one fact. Chosen on the development corpus and checked on the seeds: 0.35
	 * (clauses 0.33) scored claims pairwise F1 0.435 but merged two reports of different days into one claim and
	 * flagged them; 0.36 scores 0.43 with the flags as before. A claim a journalist cannot trust costs more than a
	 * pair left apart.
	 */
	static final double SAME_CLAIM = 0.36;

	/**
	 * From this score a clause of a sentence that states several facts states another article's fact. It is lower
	 * than a whole sentence's: half a clause's score is the overlap of the whole sentences, which state other facts
	 * besides the shared one and so share a smaller part of their words.
	 */
	static final double SAME_FACT_IN_PART = 0.34;

	/** The same quoted statement, in two articles: one claim, whatever the words around it. */
	static final double SAME_STATEMENT = 0.9;

	/** Near-identical sentences: one text rewritten, not two reports of one fact. */
	static final double SAME_TEXT_WORDS = 0.6;

	private static final double MEANING = 0.4;

	private static final double WORDING = 0.6;

	/** How much of a clause's wording score is its whole sentence's. */
	private static final double SENTENCE_CONTEXT = 0.5;

	private static final double QUOTE_DOMINATES = 0.5;

	private final StoryWords words;

	/** Each sentence's own content words, by sentence id: what its clauses are also compared by. */
	private final Map<Long, Set<String>> sentenceWords = new HashMap<>();

	/** @param sentences the story's whole sentences: how rare each word is, and what each clause's sentence says */
	SentenceSimilarity(List<ClaimSentence> sentences) {
		this.words = new StoryWords(sentences);
		sentences.forEach(s -> sentenceWords.put(s.id(), s.words()));
	}

	double of(ClaimSentence a, ClaimSentence b) {
		Set<Long> groupsA = quoteGroups(a);
		Set<Long> groupsB = quoteGroups(b);
		boolean bothQuote = !groupsA.isEmpty() && !groupsB.isEmpty();
		if (bothQuote && shareAny(groupsA, groupsB)) {
			// one statement quoted "should have been used" and "shouldn't have been used" is its wording in dispute,
			// which the claim shows, not two facts; and "said he would plead not guilty and that he looks forward to
			// being vindicated" quotes the statement another article quotes alone. But a sentence that negates what
			// the other states may also be another fact told around the statement: such a pair is linked as a mutual
			// best match is (ClaimClusterer), only to a sentence still alone and close to its whole group
			return a.negated() == b.negated() ? SAME_STATEMENT : ClaimClusterer.MUTUAL;
		}
		if (a.negated() != b.negated()
				|| bothQuote && quoted(a) >= QUOTE_DOMINATES && quoted(b) >= QUOTE_DOMINATES) {
			return 0;
		}
		return MEANING * SentenceEmbedder.cosine(a.vector(), b.vector()) + WORDING * wording(a, b);
	}

	private double wording(ClaimSentence a, ClaimSentence b) {
		double own = words.overlap(a.words(), b.words());
		if (!a.part() && !b.part()) {
			return own;
		}
		Set<String> wholeA = sentenceWords.getOrDefault(a.id(), a.words());
		Set<String> wholeB = sentenceWords.getOrDefault(b.id(), b.words());
		return (1 - SENTENCE_CONTEXT) * own + SENTENCE_CONTEXT * words.overlap(wholeA, wholeB);
	}

	/** Below this many words of its own, a sentence is too short to show that one text was rewritten. */
	private static final int MIN_NARRATIVE_WORDS = 5;

	/**
	 * Whether two sentences are one text rewritten: near-identical in the reporter's own words. Two outlets that
	 * quote one press statement share its words, but not the words around them.
	 */
	static boolean nearIdentical(ClaimSentence a, ClaimSentence b) {
		return a.narrative().size() >= MIN_NARRATIVE_WORDS && b.narrative().size() >= MIN_NARRATIVE_WORDS
				&& ContentWords.jaccard(a.narrative(), b.narrative()) >= SAME_TEXT_WORDS;
	}

	private static boolean shareAny(Set<Long> a, Set<Long> b) {
		return a.stream().anyMatch(b::contains);
	}

	private static Set<Long> quoteGroups(ClaimSentence sentence) {
		Set<Long> groups = new HashSet<>();
		for (QuoteFact quote : sentence.facts().quotes()) {
			if (quote.groupId() != null) {
				groups.add(quote.groupId());
			}
		}
		return groups;
	}

	/** The share of a sentence that is quotation. */
	private static double quoted(ClaimSentence sentence) {
		int quoted = sentence.facts().quotes().stream().mapToInt(q -> q.text().length()).sum();
		return sentence.text().isEmpty() ? 0 : Math.min(1, (double) quoted / sentence.text().length());
	}

}
