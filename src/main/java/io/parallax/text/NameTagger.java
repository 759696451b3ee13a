package io.parallax.text;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

import edu.stanford.nlp.ie.crf.CRFClassifier;
import edu.stanford.nlp.ling.CoreAnnotations.AnswerAnnotation;
import edu.stanford.nlp.ling.CoreLabel;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Tells which tokens of a sentence name a person, an organisation or a place, with Stanford NER's English model
 * (a conditional random field trained on news: CoNLL, MUC and ACE; {@code english.all.3class.distsim}). The model
 * takes a few seconds to load and about 120 MB of heap, so it is loaded at the first import, not at start-up.
 */
@Component
public class NameTagger {

	static final String MODEL = "edu/stanford/nlp/models/ner/english.all.3class.distsim.crf.ser.gz";

	private static final Logger log = LoggerFactory.getLogger(NameTagger.class);

	/** What a token names, or {@link #NONE}. */
	public enum Label {

		PERSON, ORGANIZATION, LOCATION, NONE

	}

	private volatile CRFClassifier<CoreLabel> classifier;

	/** One label per token, in the tokens' order. */
	public List<Label> label(List<TaggedToken> tokens) {
		if (!mayHoldAName(tokens)) {
			return Collections.nCopies(tokens.size(), Label.NONE);
		}
		return modelLabels(tokens);
	}

	List<Label> modelLabels(List<TaggedToken> tokens) {
		List<CoreLabel> words = new ArrayList<>(tokens.size());
		for (TaggedToken token : tokens) {
			CoreLabel word = new CoreLabel();
			String text = ptbForm(token.text());
			word.setWord(text);
			word.setValue(text);
			word.setOriginalText(token.text());
			words.add(word);
		}
		List<CoreLabel> labelled = model().classifySentence(words);
		List<Label> labels = new ArrayList<>(labelled.size());
		for (CoreLabel word : labelled) {
			labels.add(label(word.get(AnswerAnnotation.class)));
		}
		return labels;
	}

	/**
	 * The model costs more than all the other analysis of a sentence together (JFR, an import of 300 BBC articles),
	 * and about a quarter of news sentences (23 % of 5,158 BBC sentences) hold no capital letter but a first word's
	 * that is no proper noun ("He said it would not happen."): the model names nothing there.
	 */
	static boolean mayHoldAName(List<TaggedToken> tokens) {
		boolean firstWord = true;
		for (TaggedToken token : tokens) {
			if (!token.text().codePoints().anyMatch(Character::isLetter)) {
				continue;
			}
			boolean capital = token.text().codePoints().anyMatch(Character::isUpperCase);
			if (capital && (!firstWord || token.isProperNoun())) {
				return true;
			}
			firstWord = false;
		}
		return false;
	}

	private static Label label(String answer) {
		return switch (answer) {
			case "PERSON" -> Label.PERSON;
			case "ORGANIZATION" -> Label.ORGANIZATION;
			case "LOCATION" -> Label.LOCATION;
			default -> Label.NONE;
		};
	}

	// The model learnt from Penn Treebank tokens, whose quotation marks and brackets are written this way.
	private static String ptbForm(String token) {
		return switch (token) {
			case "“", "‘" -> "``";
			case "”", "’" -> "''";
			case "(" -> "-LRB-";
			case ")" -> "-RRB-";
			default -> token;
		};
	}

	private CRFClassifier<CoreLabel> model() {
		CRFClassifier<CoreLabel> loaded = classifier;
		if (loaded == null) {
			synchronized (this) {
				if (classifier == null) {
					long start = System.nanoTime();
					classifier = load();
					log.info("loaded the named-entity model in {} ms", (System.nanoTime() - start) / 1_000_000);
				}
				loaded = classifier;
			}
		}
		return loaded;
	}

	private static CRFClassifier<CoreLabel> load() {
		try {
			return CRFClassifier.getClassifier(MODEL);
		}
		catch (IOException | ClassNotFoundException ex) {
			throw new IllegalStateException("cannot load the named-entity model " + MODEL, ex);
		}
	}

}
