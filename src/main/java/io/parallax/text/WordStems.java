package io.parallax.text;

import edu.stanford.nlp.process.Morphology;
import opennlp.tools.stemmer.PorterStemmer;

/**
 * A word's stem, irregular forms included: "said" and "say", "went" and "go", "men" and "man" share one. The
 * Porter stemmer strips regular endings only ("visits", "visited"); CoreNLP's morphology (a finite-state analyser,
 * no model to load) first gives an irregular form its base. Used where two transcriptions of one spoken statement
 * are compared: "And I said, 'Baby, they don't'" and "And I say, 'Baby, they don't'" are one statement.
 */
public final class WordStems {

	// neither class is safe to share between threads; both are cheap to keep one of per thread
	private static final ThreadLocal<Morphology> MORPHOLOGY = ThreadLocal.withInitial(Morphology::new);

	private static final ThreadLocal<PorterStemmer> PORTER = ThreadLocal.withInitial(PorterStemmer::new);

	private WordStems() {
	}

	/**
	 * A word's base form read as a verb, as CoreNLP's morphology gives it: "pleaded" and "plead" are "plead", "met"
	 * is "meet", "made" is "make"; a word that is no verb's form stays as it is.
	 *
	 * @param word a lower-case word
	 */
	public static String verbBaseOf(String word) {
		if (word.isEmpty() || !Character.isLetter(word.charAt(0))) {
			return word;
		}
		String base = MORPHOLOGY.get().lemma(word, "VBD");
		return base == null || base.isEmpty() ? word : base;
	}

	/** The stem of a word read as a verb: "met" and "meet" share one, which {@link #of} does not give them. */
	public static String ofVerb(String word) {
		return PORTER.get().stem(verbBaseOf(word));
	}

	/** @param word a lower-case word; one of several words (a negated verb, "should not") is stemmed as it is */
	public static String of(String word) {
		if (word.isEmpty() || word.indexOf(' ') >= 0 || !Character.isLetter(word.charAt(0))) {
			return PORTER.get().stem(word);
		}
		String base = MORPHOLOGY.get().stem(word);
		return PORTER.get().stem(base == null || base.isEmpty() ? word : base);
	}

}
