package io.parallax.evaluation;

import java.text.Normalizer;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import tools.jackson.databind.JsonNode;

/**
 * Compares names and texts as a reader would: case, accents, punctuation, dotted initials ("F.B.I.") and
 * possessives ("Trump’s") do not matter, nor a name's leading article.
 */
final class Names {

	private Names() {
	}

	static String norm(String text) {
		if (text == null) {
			return "";
		}
		String folded = Normalizer.normalize(text, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
		return folded.replaceAll("(?<=\\b\\p{L})\\.", "")
			.replaceAll("['’]s\\b", "")
			.toLowerCase(Locale.ROOT)
			.replaceAll("[^\\p{L}\\p{N}]+", " ")
			.strip();
	}

	/**
	 * A name as a reader compares names: normalised, and without a leading article, since "The Associated Press"
	 * and "the Associated Press" and "Associated Press" are one name however a sentence starts.
	 */
	static String name(String text) {
		return norm(text).replaceFirst("^the ", "");
	}

	/** Every form an entity goes by, as the API or the expectations list it: its name and its aliases. */
	static Set<String> forms(JsonNode entity) {
		Set<String> forms = new HashSet<>();
		forms.add(name(entity.get("name").asString()));
		JsonNode aliases = entity.get("aliases");
		if (aliases != null) {
			aliases.forEach(a -> forms.add(name(a.asString())));
		}
		forms.remove("");
		return forms;
	}

	static boolean overlap(Set<String> a, Set<String> b) {
		return a.stream().anyMatch(b::contains);
	}

	/** True when one text starts with the other (after normalising), so an excerpt matches its whole. */
	static boolean samePrefix(String a, String b) {
		String x = norm(a);
		String y = norm(b);
		return !x.isEmpty() && !y.isEmpty() && (x.startsWith(y) || y.startsWith(x));
	}

	static List<String> words(String text) {
		return List.of(norm(text).split(" ")).stream().filter(w -> !w.isEmpty()).toList();
	}

}
