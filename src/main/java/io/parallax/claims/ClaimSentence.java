package io.parallax.claims;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.analysis.SentenceFacts;
import io.parallax.text.ContentWords;

/**
 * A sentence as the comparison sees it: its embedding, its content words, the entities it names, and what the
 * analysis found in it.
 *
 * @param narrative the content words outside quotation marks: the reporter's own words, which rewrites of one
 *     text share and two outlets quoting one statement do not
 * @param paragraph the sentence's paragraph in its article, for telling which part of the story an article covers
 * @param part whether this is one clause of a sentence that states several facts, compared by that clause's words
 *     alone ({@link Propositions})
 */
record ClaimSentence(Long id, Long articleId, int position, int paragraph, String text, float[] vector,
		Set<String> words, Set<String> narrative, SentenceFacts facts, boolean negated, boolean part) {

	/** A whole sentence. */
	ClaimSentence(Long id, Long articleId, int position, int paragraph, String text, float[] vector, Set<String> words,
			Set<String> narrative, SentenceFacts facts, boolean negated) {
		this(id, articleId, position, paragraph, text, vector, words, narrative, facts, negated, false);
	}

	static Set<String> narrativeOf(String text, SentenceFacts facts) {
		String outside = facts.runningQuotes().isEmpty() ? text : text.substring(runningQuoteEnd(text));
		for (var quote : facts.quotes()) {
			outside = outside.replace(quote.text(), " ");
		}
		return ContentWords.of(outside);
	}

	private static final Pattern CLOSING_QUOTE = Pattern.compile("[”\"]");

	/**
	 * Where a quotation that opened before the sentence closes in it ("…under current law.” the ad ends"): the
	 * reporter's words start there; at the sentence's end when the quotation closes in a later sentence.
	 */
	static int runningQuoteEnd(String text) {
		Matcher closing = CLOSING_QUOTE.matcher(text);
		return closing.find() ? closing.end() : text.length();
	}

}
