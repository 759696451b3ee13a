package io.parallax.claims;

import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.analysis.SentenceFacts.Quantity;

/**
 * Two sentences that give nearly the same figure of the same measure ("a 48-page indictment" and "the 47-page
 * indictment", "1.5 million women" and "up to 1.6 million women") in some shared context most likely report one
 * fact and disagree on it: the slot a journalist most wants compared. Figures further apart are more often two
 * facts (a family's tax and its income), and one figure rounded from the other is not a disagreement; nor are the
 * figures of sentences about different people ("Smith paid 31.8 percent", "Jones paid 32.4 percent"). Such a pair
 * is linked as strongly as a sentence that joins a second claim, so that the two values meet in one claim and are
 * compared there ({@link Differences}). On the development corpus this found 2 more of its 10 firm disagreements
 * (flag recall 0.20 to 0.40, precision 1.00, the claims' pairwise F1 and the seeds unchanged); any context from
 * 0.2 to 0.3 and any nearness from 10 to 20 % gave the same figures.
 */
final class NearFigures {

	/** Below this similarity two sentences share too little beyond the figure's measure to be one fact. */
	static final double CONTEXT = 0.25;

	/** How far apart two reports of one figure may be, as a share of the larger. */
	private static final BigDecimal NEAR = new BigDecimal("0.1");

	/** Each sentence's figures by measure, read once: many pairs are checked per sentence. */
	private final List<Map<String, Quantity>> figures;

	private final List<ClaimSentence> sentences;

	private NearFigures(List<Map<String, Quantity>> figures, List<ClaimSentence> sentences) {
		this.figures = figures;
		this.sentences = sentences;
	}

	/** The figures of the sentences whose pairs will be checked, by their positions in this list. */
	static NearFigures of(List<ClaimSentence> sentences) {
		return new NearFigures(sentences.stream().map(NearFigures::onePerMeasure).toList(), sentences);
	}

	/**
	 * Whether the sentences at these positions give nearly, but not quite, the same figure of one measure, and do not
	 * name different people.
	 */
	boolean conflict(int a, int b) {
		Map<String, Quantity> right = figures.get(b);
		if (right.isEmpty() || aboutOtherPeople(sentences.get(a), sentences.get(b))) {
			return false;
		}
		return figures.get(a).entrySet().stream().anyMatch(figure -> {
			Quantity other = right.get(figure.getKey());
			return other != null && near(figure.getValue().value(), other.value())
					&& !Differences.sameFigure(figure.getValue().value(), other.value());
		});
	}

	/**
	 * Whether the sentences at these positions give different figures of one measure, durations included ("35
	 * days" against "three weeks"): a pair that shares little else is then more likely two facts than one reported
	 * two ways.
	 */
	boolean differ(int a, int b) {
		Map<String, Quantity> left = Differences.figuresByMeasure(sentences.get(a));
		Map<String, Quantity> right = Differences.figuresByMeasure(sentences.get(b));
		return left.entrySet().stream().anyMatch(figure -> {
			Quantity other = right.get(figure.getKey());
			return figure.getValue() != null && other != null
					&& !Differences.sameFigure(Differences.normalised(figure.getValue()), Differences.normalised(other));
		});
	}

	/**
	 * The sentence's one figure of each measure it gives one of ({@link Differences#figuresByMeasure}), durations
	 * left out: "three months" and "90 days" are one span written two ways.
	 */
	private static Map<String, Quantity> onePerMeasure(ClaimSentence sentence) {
		Map<String, Quantity> figures = new HashMap<>(Differences.figuresByMeasure(sentence));
		figures.values().removeIf(figure -> figure == null || figure.kind().equals("DURATION"));
		return figures.isEmpty() ? Map.of() : figures;
	}

	/** Both name people, and none of them the same (a name is one person across the story's articles). */
	private static boolean aboutOtherPeople(ClaimSentence a, ClaimSentence b) {
		Set<Long> left = a.facts().people();
		Set<Long> right = b.facts().people();
		return !left.isEmpty() && !right.isEmpty() && left.stream().noneMatch(right::contains);
	}

	private static boolean near(BigDecimal a, BigDecimal b) {
		BigDecimal larger = a.abs().max(b.abs());
		return larger.signum() > 0 && a.subtract(b).abs().compareTo(larger.multiply(NEAR)) <= 0;
	}

}
