package io.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import io.parallax.text.FunctionWords;
import io.parallax.text.WordStems;

/**
 * How two versions of one quoted statement overlap: whether one is an excerpt of the other (or excerpts of it joined
 * by an ellipsis), whether they are two excerpts of a longer whole, and, between the words both give, whether one
 * puts a word for another.
 */
final class QuoteExcerpts {

	private QuoteExcerpts() {
	}

	/** Where a version's ellipsis stands among its words. */
	private static final String OMITTED = "…";

	/** A version's words as {@link #excerptOfTheOther} compares them, with {@link #OMITTED} where it has an ellipsis. */
	static List<String> marked(String text, List<String> other) {
		List<String> words = new ArrayList<>();
		QuoteWords.ELLIPSIS.splitAsStream(text)
			.map(part -> QuoteWords.withoutArticles(QuoteWords.joinedCompounds(QuoteWords.words(part), other)))
			.forEach(part -> {
				if (!words.isEmpty()) {
					words.add(OMITTED);
				}
				words.addAll(part);
			});
		return words;
	}

	/**
	 * Whether, between the first and the last word the two versions share (what lies beyond is where one quotation
	 * opens earlier or goes on longer), a word of one stands where the other has another, or one has a word of
	 * substance the other lacks where no ellipsis says so: "destructive to" / "destructive of", "it is destructive" / "I
	 * think it is destructive". A word of grammar more or less ("we cannot allow" / "that we cannot allow", "James
	 * Bond, the president" / "James Bond and the president") is how the words were heard or written down.
	 */
	static boolean changesWhatWasSaid(List<String> shorter, List<String> longer, Set<String> names) {
		int[][] common = new int[shorter.size() + 1][longer.size() + 1];
		for (int i = shorter.size() - 1; i >= 0; i--) {
			for (int j = longer.size() - 1; j >= 0; j--) {
				common[i][j] = QuoteWords.sameWord(shorter.get(i), longer.get(j), names) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<String> ownGap = new ArrayList<>();
		List<String> otherGap = new ArrayList<>();
		boolean started = false;
		int i = 0;
		int j = 0;
		while (i < shorter.size() && j < longer.size()) {
			if (QuoteWords.sameWord(shorter.get(i), longer.get(j), names) && common[i][j] == common[i + 1][j + 1] + 1) {
				if (started && gapChangesWhatWasSaid(ownGap, otherGap)) {
					return true;
				}
				started = true;
				ownGap.clear();
				otherGap.clear();
				i++;
				j++;
			}
			else if (common[i + 1][j] >= common[i][j + 1]) {
				ownGap.add(shorter.get(i++));
			}
			else {
				otherGap.add(longer.get(j++));
			}
		}
		return false;
	}

	private static boolean gapChangesWhatWasSaid(List<String> own, List<String> other) {
		if (own.contains(OMITTED)) {
			return false;
		}
		return !own.isEmpty() && !other.isEmpty() || Stream.concat(own.stream(), other.stream())
			.anyMatch(word -> !FunctionWords.contains(word));
	}

	/**
	 * Whether the shorter version is the longer's words, or excerpts of them joined by an ellipsis, articles aside:
	 * each excerpt stands in the longer, except that the first may begin before the longer does and the last go on
	 * after it ("However, we would be remiss … if we did not challenge" against "We would be remiss in our duty to you
	 * and our students if we did not challenge": one outlet opened its quotation a word earlier).
	 */
	static boolean excerptOfTheOther(String textA, List<String> a, String textB, List<String> b,
			Set<String> names) {
		boolean aShorter = a.size() <= b.size();
		List<String> longer = QuoteWords.withoutArticles(QuoteWords.joinedCompounds(aShorter ? b : a, aShorter ? a : b));
		List<String> otherWords = aShorter ? b : a;
		List<List<String>> parts = QuoteWords.ELLIPSIS.splitAsStream(aShorter ? textA : textB)
			.map(part -> QuoteWords.withoutArticles(QuoteWords.joinedCompounds(QuoteWords.words(part), otherWords)))
			.filter(part -> !part.isEmpty())
			.toList();
		for (int k = 0; k < parts.size(); k++) {
			List<String> part = parts.get(k);
			boolean inside = QuoteWords.runIn(part, longer, names)
					|| k == 0 && parts.size() > 1 && overhangs(part, longer, names, true)
					|| k == parts.size() - 1 && parts.size() > 1 && overhangs(part, longer, names, false);
			if (!inside) {
				return false;
			}
		}
		return true;
	}

	/**
	 * Whether an excerpt's last words are the whole's first ({@code before}: it begins before the whole does), or its
	 * first words the whole's last.
	 */
	static boolean overhangs(List<String> part, List<String> whole, Set<String> names, boolean before) {
		for (int shared = Math.min(part.size(), whole.size()); shared >= QuotedStatements.MIN_WORDS; shared--) {
			List<String> ofPart = before ? part.subList(part.size() - shared, part.size()) : part.subList(0, shared);
			List<String> ofWhole = before ? whole.subList(0, shared) : whole.subList(whole.size() - shared, whole.size());
			if (QuoteWords.runIn(ofPart, ofWhole, names)) {
				return true;
			}
		}
		return false;
	}

	/** Below this share of the shorter version, a run of words both give is too short to show two excerpts. */
	private static final double EXCERPT_OVERLAP = 0.6;

	/**
	 * Whether two versions are two excerpts of one longer statement: they share a run of words, and beyond it each
	 * goes on only on its own side ("You paid in to Medicare for years … now when you need it, Obama has cut $716
	 * billion" against "Now when you need it, Obama has cut $716 billion … So now the money you paid"), not both on
	 * the same side, which is two endings of one sentence ("We reject his visit", "We reject his message").
	 */
	static boolean overlappingExcerpts(List<String> a, List<String> b) {
		List<String> x = a.stream().map(WordStems::of).toList();
		List<String> y = b.stream().map(WordStems::of).toList();
		int[][] run = new int[x.size() + 1][y.size() + 1];
		int best = 0;
		int endX = 0;
		int endY = 0;
		for (int i = 1; i <= x.size(); i++) {
			for (int j = 1; j <= y.size(); j++) {
				if (x.get(i - 1).equals(y.get(j - 1))) {
					run[i][j] = run[i - 1][j - 1] + 1;
					if (run[i][j] > best) {
						best = run[i][j];
						endX = i;
						endY = j;
					}
				}
			}
		}
		if (best < QuotedStatements.MIN_WORDS || best < EXCERPT_OVERLAP * Math.min(x.size(), y.size())) {
			return false;
		}
		boolean bothBefore = endX - best > 0 && endY - best > 0;
		boolean bothAfter = endX < x.size() && endY < y.size();
		return !bothBefore && !bothAfter;
	}

}
