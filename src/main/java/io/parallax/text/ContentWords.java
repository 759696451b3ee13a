package io.parallax.text;

import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

import opennlp.tools.stemmer.PorterStemmer;

/**
 * The content words of a sentence, Porter-stemmed (OpenNLP), for lexical overlap and for telling a stretch too short
 * to state a fact; and whether the sentence denies what it states ("would not meet"), which embeddings alone cannot
 * tell from "could meet".
 */
public final class ContentWords {

	// Only a verb's own negation ("would not meet", "never met", "didn't"): "no major breakthrough" or "declined"
	// state facts of their own that a paraphrase may put otherwise.
	private static final Pattern NEGATION = Pattern.compile("(?i)\\b(not|never)\\b|n[’']t\\b");

	private ContentWords() {
	}

	public static Set<String> of(String sentence) {
		Set<String> words = new LinkedHashSet<>();
		// OpenNLP's Porter stemmer keeps state while it stems a word: one per call, never shared between threads
		PorterStemmer stemmer = new PorterStemmer();
		Arrays.stream(sentence.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
			.filter(w -> w.length() > 1 && !FunctionWords.contains(w))
			.map(stemmer::stem)
			.forEach(words::add);
		return words;
	}

	public static boolean negated(String sentence) {
		return NEGATION.matcher(sentence).find();
	}

	public static double jaccard(Set<String> a, Set<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return 0;
		}
		int common = 0;
		for (String word : a) {
			if (b.contains(word)) {
				common++;
			}
		}
		return (double) common / (a.size() + b.size() - common);
	}

}
