package io.parallax.claims;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import io.parallax.text.Contractions;
import io.parallax.text.WordStems;

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
		List<List<Token>> tokens = versions.stream().map(DifferingWords::tokens).toList();
		List<List<Part>> marked = new ArrayList<>();
		for (int i = 0; i < versions.size(); i++) {
			boolean[] differs = null;
			for (int j = 0; j < versions.size(); j++) {
				if (j != i) {
					boolean[] against = differing(tokens.get(i), tokens.get(j));
					differs = differs == null ? against : both(differs, against);
				}
			}
			marked.add(parts(versions.get(i), tokens.get(i), differs));
		}
		return marked;
	}

	/** A word and what it is compared as: its stem, or the words a contraction stands for ("aren't": are, not). */
	private record Token(int start, int end, List<String> elements) {
	}

	private static List<Token> tokens(String text) {
		List<Token> tokens = new ArrayList<>();
		Matcher word = WORD.matcher(text);
		while (word.find()) {
			String plain = word.group().replace('’', '\'').replace(".", "").toLowerCase(Locale.ROOT).replaceAll("'+$", "");
			List<String> elements = new ArrayList<>();
			for (String written : Contractions.writtenOut(List.of(plain))) {
				for (String part : written.split(" ")) {
					elements.add(WordStems.of(part));
				}
			}
			tokens.add(new Token(word.start(), word.end(), elements));
		}
		return tokens;
	}

	/**
	 * Which of a version's words differ from another version: the longest common sequence of their words aligns
	 * them; a word left out of it differs when it stands between two aligned words, or at an end where the other
	 * version also has words of its own (one word put for another), not where the other simply stops.
	 */
	private static boolean[] differing(List<Token> version, List<Token> other) {
		List<String> x = version.stream().flatMap(t -> t.elements().stream()).toList();
		List<String> y = other.stream().flatMap(t -> t.elements().stream()).toList();
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
			for (int e = 0; e < version.get(t).elements().size(); e++, element++) {
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

	private static boolean[] both(boolean[] a, boolean[] b) {
		boolean[] both = new boolean[a.length];
		for (int k = 0; k < a.length; k++) {
			both[k] = a[k] && b[k];
		}
		return both;
	}

	private static List<Part> parts(String text, List<Token> tokens, boolean[] differs) {
		List<Part> parts = new ArrayList<>();
		int at = 0;
		for (int k = 0; differs != null && k < tokens.size(); k++) {
			Token token = tokens.get(k);
			if (differs[k]) {
				if (token.start() > at) {
					parts.add(new Part(text.substring(at, token.start()), false));
				}
				parts.add(new Part(text.substring(token.start(), token.end()), true));
				at = token.end();
			}
		}
		if (at < text.length()) {
			parts.add(new Part(text.substring(at), false));
		}
		return parts;
	}

}
