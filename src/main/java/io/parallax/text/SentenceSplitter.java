package io.parallax.text;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import opennlp.tools.sentdetect.SentenceDetectorME;
import opennlp.tools.sentdetect.SentenceModel;
import opennlp.tools.util.Span;

import org.springframework.stereotype.Component;

/**
 * Splits a paragraph into sentences with OpenNLP's English model, then repairs the model's known weakness:
 * it carries no abbreviation list, so it ends a sentence after "U.S." or "Mr.". Those breaks are undone here.
 */
@Component
public class SentenceSplitter {

	static final String MODEL_RESOURCE = "/opennlp-en-ud-ewt-sentence-1.3-2.5.4.bin";

	// Read in the background from construction on, so that start-up does not wait for it; the first use does.
	private final CompletableFuture<SentenceModel> model = ModelLoading.inBackground(SentenceSplitter::loadModel);

	// SentenceDetectorME keeps per-call state and is not thread-safe; the model is.
	private final ThreadLocal<SentenceDetectorME> detectors = ThreadLocal
		.withInitial(() -> new SentenceDetectorME(model.join()));

	/**
	 * An update's stamp opening a paragraph ("UPDATE 2:52 p.m. --", "UPDATE: 7:19 p.m. --", "Update:"): it dates the
	 * paragraph, it states nothing, so it stays in the paragraph a reader sees but is no sentence.
	 */
	private static final String TIME = "\\d{1,2}(?::\\d{2})?\\s*(?:a\\.m\\.|p\\.m\\.|am|pm|AM|PM)"
			+ "(?:\\s*(?:ET|EST|EDT|PT|PST|PDT|GMT|BST))?";

	private static final Pattern UPDATE_STAMP = Pattern.compile("^\\s*(?:UPDATE|UPDATED|Update|Updated)(?:\\s*:\\s*(?:"
			+ TIME + "\\s*)?(?:--|—|–)?|\\s+" + TIME + "\\s*(?:--|—|–|:)|\\s*(?:--|—|–))\\s*");

	public List<SentenceSpan> split(String paragraph) {
		Matcher stamp = UPDATE_STAMP.matcher(paragraph);
		int from = stamp.lookingAt() ? stamp.end() : 0;
		Span[] spans = detectors.get().sentPosDetect(paragraph.substring(from));
		List<SentenceSpan> sentences = new ArrayList<>();
		int start = -1;
		for (int i = 0; i < spans.length; i++) {
			spans[i] = new Span(spans[i].getStart() + from, spans[i].getEnd() + from);
		}
		for (int i = 0; i < spans.length; i++) {
			if (start < 0) {
				start = spans[i].getStart();
			}
			boolean last = i == spans.length - 1;
			if (last || !Abbreviations.breakIsFalse(paragraph, spans[i].getEnd(), spans[i + 1].getStart())) {
				addSplittingMissedBreaks(sentences, paragraph, start, spans[i].getEnd());
				start = -1;
			}
		}
		return sentences;
	}

	private static void addSplittingMissedBreaks(List<SentenceSpan> sentences, String paragraph, int start, int end) {
		int from = start;
		for (int offset : Abbreviations.missedBreaks(paragraph.substring(start, end))) {
			String piece = paragraph.substring(from, start + offset).stripTrailing();
			sentences.add(new SentenceSpan(piece, from, from + piece.length()));
			from = start + offset;
		}
		sentences.add(span(paragraph, from, end));
	}

	private static SentenceSpan span(String paragraph, int start, int end) {
		return new SentenceSpan(paragraph.substring(start, end), start, end);
	}

	private static SentenceModel loadModel() {
		try (InputStream in = SentenceSplitter.class.getResourceAsStream(MODEL_RESOURCE)) {
			if (in == null) {
				throw new IllegalStateException("OpenNLP sentence model " + MODEL_RESOURCE + " is not on the classpath");
			}
			return new SentenceModel(in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read OpenNLP sentence model", ex);
		}
	}

}
