package io.parallax.analysis;

/**
 * Whether two spellings are one name: Zelensky, Zelenskiy and Zelenskyy are; Trump and Truss are not.
 */
public final class Spellings {

	private static final int SAME_START = 3;

	private static final int SHORT_NAME = 4;

	private static final int LONG_NAME = 7;

	private Spellings() {
	}

	public static boolean same(String a, String b) {
		if (a.equals(b)) {
			return true;
		}
		if (a.length() <= SHORT_NAME || b.length() <= SHORT_NAME || !a.regionMatches(0, b, 0, SAME_START)) {
			return false;
		}
		// One letter's difference in a name of five or six letters, two in a longer one.
		int allowed = Math.min(a.length(), b.length()) >= LONG_NAME ? 2 : 1;
		return editDistance(a, b) <= allowed;
	}

	/**
	 * Whether two names differ by one slip of the keyboard, a letter dropped, added or put for another ("Tump" and
	 * "Trump"): looser than {@link #same}, for where one name is already known to stand for one person, as the
	 * speakers of one quoted statement do.
	 */
	public static boolean oneSlipApart(String a, String b) {
		return a.equals(b) || a.length() >= SHORT_NAME && b.length() >= SHORT_NAME && editDistance(a, b) <= 1;
	}

	/**
	 * What every other spelling of a name begins with, so that its spellings can be looked up among many names; null
	 * for a name too short to have any.
	 */
	static String start(String name) {
		return name.length() <= SHORT_NAME ? null : name.substring(0, SAME_START);
	}

	static int editDistance(String a, String b) {
		int[] previous = new int[b.length() + 1];
		int[] current = new int[b.length() + 1];
		for (int j = 0; j <= b.length(); j++) {
			previous[j] = j;
		}
		for (int i = 1; i <= a.length(); i++) {
			current[0] = i;
			for (int j = 1; j <= b.length(); j++) {
				int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
				current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
			}
			int[] swap = previous;
			previous = current;
			current = swap;
		}
		return previous[b.length()];
	}

}
