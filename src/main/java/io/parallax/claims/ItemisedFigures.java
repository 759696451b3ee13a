package io.parallax.claims;

import java.util.Collections;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.analysis.SentenceFacts.Quantity;
import io.parallax.text.ContentWords;

/**
 * Figures of a list ("$2,306.08 at Walt Disney World, over $10,000 at Best Buy, … and $5,687.75 on Martha's
 * Vineyard Holistic Retreat"): a sentence that gives several figures of one measure is left out of the claim's
 * comparison ({@link Differences}), since which of them is the claim's is unknown. Each figure is the item its own
 * words name, though: two articles' figures for the same item ("a $5,587.75 vacation at the Martha’s Vineyard
 * Holistic Retreat") are compared, item by item.
 */
final class ItemisedFigures {

	/** The words that name a figure's item: after it, up to the next item (a comma, a semicolon, another figure). */
	private static final Pattern ITEM = Pattern.compile("^[^,;$€£\\d]{0,80}");

	/** Two items are one when they share this many words of substance, most of the shorter's. */
	private static final int SHARED_WORDS = 2;

	private ItemisedFigures() {
	}

	/** The first item two articles of the claim give different figures for, with both figures. */
	static Optional<ClaimDifference> of(DraftClaim claim) {
		List<ClaimSentence> sentences = claim.sentences();
		List<ClaimSentence> lists = sentences.stream().filter(ItemisedFigures::listsFigures).toList();
		// each list against every other member, two lists once: a claim of a thousand articles has a few lists, not
		// half a million pairs
		Set<ClaimSentence> compared = Collections.newSetFromMap(new IdentityHashMap<>());
		for (ClaimSentence a : lists) {
			compared.add(a);
			for (ClaimSentence b : sentences) {
				if (compared.contains(b) || a.articleId().equals(b.articleId())) {
					continue;
				}
				Optional<ClaimDifference> difference = differentFigureForOneItem(a, b);
				if (difference.isPresent()) {
					return difference;
				}
			}
		}
		return Optional.empty();
	}

	/** Whether a sentence gives several figures of one measure. */
	private static boolean listsFigures(ClaimSentence sentence) {
		return Differences.figuresByMeasure(sentence).containsValue(null);
	}

	/**
	 * A figure of one sentence whose item the other sentence gives a different figure for: each of the other's
	 * figures is matched with the item of this sentence it shares most words with ("federal funding for bridges" is
	 * not "federal funding for roads"), and agrees when any item it matches has the same figure.
	 */
	private static Optional<ClaimDifference> differentFigureForOneItem(ClaimSentence a, ClaimSentence b) {
		for (Quantity y : b.facts().quantities()) {
			if (y.measure() == null) {
				continue;
			}
			Set<String> itemY = item(y, b);
			Quantity best = null;
			int bestShared = 0;
			boolean agrees = false;
			for (Quantity x : a.facts().quantities()) {
				int shared = y.measure().equals(x.measure()) ? shared(item(x, a), itemY) : 0;
				if (shared == 0) {
					continue;
				}
				agrees |= Differences.agree(x, FigureBound.of(x.text(), a.text()), y, FigureBound.of(y.text(), b.text()));
				if (shared > bestShared) {
					best = x;
					bestShared = shared;
				}
			}
			if (best != null && !agrees) {
				Map<Long, String> values = new LinkedHashMap<>();
				values.put(a.articleId(), best.text());
				values.put(b.articleId(), y.text());
				return Optional.of(new ClaimDifference("NUMBER", values, Differences.close(List.of(best, y))));
			}
		}
		return Optional.empty();
	}

	/** The words of substance that name what a figure is for, or none when its text is not found. */
	static Set<String> item(Quantity quantity, ClaimSentence sentence) {
		int at = sentence.text().indexOf(quantity.text());
		if (at < 0) {
			return Set.of();
		}
		Matcher item = ITEM.matcher(sentence.text().substring(at + quantity.text().length()));
		return item.find() ? ContentWords.of(item.group()) : Set.of();
	}

	/** How many words two items share when they are one item (two words of substance, most of the shorter's), else 0. */
	private static int shared(Set<String> a, Set<String> b) {
		Set<String> shared = new HashSet<>(a);
		shared.retainAll(b);
		return shared.size() >= SHARED_WORDS && shared.size() * 2 >= Math.min(a.size(), b.size()) ? shared.size() : 0;
	}

}
