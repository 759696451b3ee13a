package io.parallax.analysis;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A person's name taken apart, from its key ("roger j stone jr"): given name, middle names or initials, surname
 * and suffix, so that "Roger J. Stone Jr.", "Roger Stone" and "Mr. Stone" can be told to be one man, and "George
 * H.W. Bush" and "George W. Bush" two.
 */
record PersonName(String given, List<String> middles, String surname, String suffix) {

	private static final Set<String> SUFFIXES = Set.of("jr", "sr", "ii", "iii", "iv");

	private static final Map<String, String> FORMAL_GIVEN_NAMES = readGivenNames();

	/** The name of a key of two words or more, once any suffix is set apart; null for a single word. */
	static PersonName parse(String key) {
		List<String> words = Arrays.stream(key.split(" ")).filter(w -> !w.isEmpty()).toList();
		String suffix = null;
		if (words.size() > 2 && SUFFIXES.contains(words.get(words.size() - 1))) {
			suffix = words.get(words.size() - 1);
			words = words.subList(0, words.size() - 1);
		}
		if (words.size() < 2) {
			return null;
		}
		return new PersonName(words.get(0), List.copyOf(words.subList(1, words.size() - 1)), words.get(words.size() - 1),
				suffix);
	}

	/** The name without middle names and suffix: what a later mention usually writes ("roger stone"). */
	String base() {
		return given + " " + surname;
	}

	/**
	 * Whether both names can be one person's: the same surname (or a spelling of it), given names that are the
	 * same or a familiar form of each other, and middle names or initials that do not contradict.
	 */
	boolean couldBe(PersonName other) {
		return Spellings.same(surname, other.surname) && sameGivenName(given, other.given)
				&& middlesAgree(middles, other.middles) && (suffix == null || other.suffix == null || suffix.equals(other.suffix));
	}

	static boolean sameGivenName(String a, String b) {
		return a.equals(b) || formal(a).equals(formal(b));
	}

	/** "Dick" is Richard, "Bibi" Benjamin; a name that is no familiar form is its own formal name. */
	static String formal(String givenName) {
		return FORMAL_GIVEN_NAMES.getOrDefault(givenName, givenName);
	}

	private static boolean middlesAgree(List<String> a, List<String> b) {
		if (a.isEmpty() || b.isEmpty()) {
			return true;
		}
		String x = a.get(0);
		String y = b.get(0);
		return x.equals(y) || x.length() == 1 && y.startsWith(x) || y.length() == 1 && x.startsWith(y);
	}

	private static Map<String, String> readGivenNames() {
		Map<String, String> formal = new HashMap<>();
		try (InputStream in = PersonName.class.getResourceAsStream("/analysis/given-names.txt")) {
			for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
				if (line.isBlank() || line.startsWith("#")) {
					continue;
				}
				String[] names = line.strip().split("\\s+");
				for (int i = 1; i < names.length; i++) {
					// A short form shared by several names (Pat, Alex) stands for none of them in particular.
					formal.merge(names[i], names[0], (a, b) -> a.equals(b) ? a : "");
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		formal.values().removeIf(String::isEmpty);
		return formal;
	}

}
