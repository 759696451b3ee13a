package io.parallax.web;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Marks where one outlet's wording of a quote departs from another's, word by word (longest common subsequence).
 */
final class WordDiff {

	/**
	 * @param changed true for words the variant has and the base does not
	 */
	record Word(String text, boolean changed) {
	}

	private WordDiff() {
	}

	static List<Word> against(String base, String variant) {
		String[] a = base.split("\\s+");
		String[] b = variant.split("\\s+");
		int[][] common = new int[a.length + 1][b.length + 1];
		for (int i = a.length - 1; i >= 0; i--) {
			for (int j = b.length - 1; j >= 0; j--) {
				common[i][j] = same(a[i], b[j]) ? common[i + 1][j + 1] + 1 : Math.max(common[i + 1][j], common[i][j + 1]);
			}
		}
		List<Word> words = new ArrayList<>();
		int i = 0;
		for (int j = 0; j < b.length; j++) {
			while (i < a.length && !same(a[i], b[j]) && common[i + 1][j] >= common[i][j + 1]) {
				i++;
			}
			boolean matched = i < a.length && same(a[i], b[j]);
			words.add(new Word(b[j], !matched));
			if (matched) {
				i++;
			}
		}
		return words;
	}

	private static boolean same(String a, String b) {
		return normal(a).equals(normal(b));
	}

	private static String normal(String word) {
		return word.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
	}

}
