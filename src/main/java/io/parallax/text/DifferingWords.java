package io.parallax.text;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;


/**
 * Where versions of one quoted statement differ, word by word: in each version, the words that no other version
 * gives in their place ("nuclear <bomb>" against "nuclear <arms>", "used money that <shouldn't> have been used"
 * against "used money that should have been used"). Words one version goes on with before or after all another gives
 * are more of the quote, an excerpt's ends, not a difference, and stay plain; so do contractions written out and
 * words in another form ("we're" and "we are", "said" and "say"), as the comparison that flagged the versions reads
 * them.
 */
public final class DifferingWords {

	/** A run of a version's text, marked when it is a word the other versions lack. */
	public record Part(String text, boolean marked) {
	}

	/** A word, or an abbreviation written with dots ("F.B.I.", read as "FBI"). */
	private static final Pattern WORD = Pattern.compile("(?:\\p{L}\\.){2,}|[\\p{L}\\p{N}][\\p{L}\\p{N}'’*-]*");

	private DifferingWords() {
	}

	/** Each version cut into parts, in the order given. */
	public static List<List<Part>> of(List<String> versions) {
		List<int[]> marked = marked(versions);
		List<List<Part>> parts = new ArrayList<>();
		for (int i = 0; i < versions.size(); i++) {
			parts.add(parts(versions.get(i), marked.get(i)));
		}
		return parts;
	}

	/**
	 * For each version, the positions among its words of those no other version gives in their place: worked out
	 * once, when the story is compared, and stored with each article's value. Versions are compared as distinct
	 * texts: two articles that give the same words are one version.
	 */
	public static List<int[]> marked(List<String> versions) {
		List<String> distinct = versions.stream().distinct().toList();
		List<List<List<String>>> tokens = distinct.stream().map(DifferingWords::tokens).toList();
		Map<String, int[]> byText = new HashMap<>();
		for (int i = 0; i < distinct.size(); i++) {
			boolean[] differs = null;
			for (int j = 0; j < distinct.size(); j++) {
				if (j != i) {
					boolean[] against = differing(tokens.get(i), tokens.get(j));
					differs = differs == null ? against : both(differs, against);
				}
			}
			byText.put(distinct.get(i), positions(differs));
		}
		return versions.stream().map(byText::get).toList();
	}

	/** A version's text cut into parts, the words at these positions marked (none when there are none). */
	public static List<Part> parts(String text, int[] marked) {
		List<Part> parts = new ArrayList<>();
		int at = 0;
		Matcher word = WORD.matcher(text);
		int position = 0;
		int next = 0;
		while (marked != null && next < marked.length && word.find()) {
			if (position++ == marked[next]) {
				next++;
				if (word.start() > at) {
					parts.add(new Part(text.substring(at, word.start()), false));
				}
				parts.add(new Part(word.group(), true));
				at = word.end();
			}
		}
		if (at < text.length()) {
			parts.add(new Part(text.substring(at), false));
		}
		return parts;
	}

	/** The words at these positions of a version's text. */
	public static List<String> words(String text, int[] marked) {
		return parts(text, marked).stream().filter(Part::marked).map(Part::text).toList();
	}

	/**
	 * Each word of a version as it is compared: its stem, or the stems of the words a contraction stands for
	 * ("aren't": are, not) or a hyphen joins ("same-sex": same, sex), a number in words in digits.
	 */
	private static List<List<String>> tokens(String text) {
		List<List<String>> tokens = new ArrayList<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			String plain = word.group().replace('’', '\'').replace(".", "").toLowerCase(Locale.ROOT).replaceAll("'+$", "");
			List<String> elements = new ArrayList<>();
			for (String written : Contractions.writtenOut(List.of(plain))) {
				// "same-sex" is "same sex", "two-in-three" is "2 in 3"
				for (String part : written.split("[ -]+")) {
					if (!part.isEmpty()) {
						elements.add(WordStems.of(Numbers.inDigits(part)));
					}
				}
			}
			tokens.add(elements);
		}
		return tokens;
	}

	/**
	 * Which of a version's words differ from another version: the longest common sequence of their words aligns
	 * them; a word left out of it differs when it stands between two aligned words, or at an end where the other
	 * version also has words of its own (one word put for another), not where the other simply stops.
	 */
	private static boolean[] differing(List<List<String>> version, List<List<String>> other) {
		List<String> x = version.stream().flatMap(List::stream).toList();
		List<String> y = other.stream().flatMap(List::stream).toList();
		int[][] common = new int[x.size() + 1][y.size() + 1];
		for (int i = x.size() - 1; i >= 0; i--) {
			for (int j = y.size() - 1; j >= 0; j--) {
				common[i][j] = x.get(i).equals(y.get(j)) ? common[i + 1][j + 1] + 1
						: Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		boolean[] elementDiffers = new boolean[x.size()];
		int i = 0;
		int j = 0;
		int runStart = 0;
		int otherRunStart = 0;
		boolean anyMatched = false;
		while (i < x.size() || j < y.size()) {
			if (i < x.size() && j < y.size() && x.get(i).equals(y.get(j))) {
				markRun(elementDiffers, runStart, i, anyMatched || j > otherRunStart);
				anyMatched = true;
				i++;
				j++;
				runStart = i;
				otherRunStart = j;
			}
			else if (j >= y.size() || i < x.size() && common[i + 1][j] >= common[i][j + 1]) {
				i++;
			}
			else {
				j++;
			}
		}
		// the words after the last aligned one differ only where the other version also goes on
		markRun(elementDiffers, runStart, x.size(), anyMatched && y.size() > otherRunStart);
		if (!anyMatched) {
			return new boolean[version.size()];
		}
		boolean[] differs = new boolean[version.size()];
		int element = 0;
		for (int t = 0; t < version.size(); t++) {
			for (int e = 0; e < version.get(t).size(); e++, element++) {
				differs[t] |= elementDiffers[element];
			}
		}
		return differs;
	}

	private static void markRun(boolean[] differs, int from, int to, boolean marked) {
		for (int k = from; k < to; k++) {
			differs[k] = marked;
		}
	}

	private static int[] positions(boolean[] differs) {
		return differs == null ? new int[0] : IntStream.range(0, differs.length).filter(k -> differs[k]).toArray();
	}

	private static boolean[] both(boolean[] a, boolean[] b) {
		boolean[] both = new boolean[a.length];
		for (int k = 0; k < a.length; k++) {
			both[k] = a[k] && b[k];
		}
		return both;
	}

}
