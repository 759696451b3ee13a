package io.parallax.claims;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import io.parallax.analysis.Spellings;

/**
 * Two articles of one claim that name the place of the fact nearly alike, but not alike ("a 2008 event in Norfolk"
 * against "the Norwalk event"): one of them has the name wrong, a difference a journalist acts on. A spelling
 * that differs only in its vowels (Zelensky, Zelenskiy; Zaporizhzhia, Zaporizhzhya) is one name transliterated two
 * ways, and one with a consonant doubled (Parris, Paris) one name misspelled; a changed consonant makes another
 * name. Places named wholly differently are more often two places of one fact ("in Washington", "at the White
 * House") than a conflict, and are left alone.
 */
final class PlaceNames {

	private PlaceNames() {
	}

	static Optional<ClaimDifference> of(DraftClaim claim) {
		Map<Long, Set<String>> byArticle = new LinkedHashMap<>();
		Set<String> names = new LinkedHashSet<>();
		for (ClaimSentence sentence : claim.sentences()) {
			byArticle.computeIfAbsent(sentence.articleId(), k -> new HashSet<>()).addAll(sentence.facts().places());
			names.addAll(sentence.facts().places());
		}
		// the claim's few distinct names compared pairwise, not its articles
		List<String> distinct = new ArrayList<>(names);
		for (int i = 0; i < distinct.size(); i++) {
			for (int j = i + 1; j < distinct.size(); j++) {
				if (otherNameAlike(distinct.get(i), distinct.get(j))) {
					Map<Long, String> values = eachArticlesName(byArticle, distinct.get(i), distinct.get(j));
					if (values.containsValue(distinct.get(i)) && values.containsValue(distinct.get(j))) {
						return Optional.of(new ClaimDifference("PLACE", values, true));
					}
				}
			}
		}
		return Optional.empty();
	}

	/** Every article that names one of the two, with the one it names. */
	private static Map<Long, String> eachArticlesName(Map<Long, Set<String>> byArticle, String x, String y) {
		Map<Long, String> values = new LinkedHashMap<>();
		byArticle.forEach((article, places) -> {
			if (places.contains(x) != places.contains(y)) {
				values.put(article, places.contains(x) ? x : y);
			}
		});
		return values;
	}

	/** Nearly the same spelling, but another name: its consonants differ. */
	static boolean otherNameAlike(String a, String b) {
		String x = plain(a);
		String y = plain(b);
		return !x.equals(y) && Spellings.same(x, y) && !consonants(x).equals(consonants(y));
	}

	/** A name without its accents and a plural's "s": Gdańsk is Gdansk, the Carolinas the Carolina of them. */
	private static String plain(String name) {
		return Normalizer.normalize(name, Normalizer.Form.NFD).replaceAll("\\p{M}", "").toLowerCase(Locale.ROOT)
			.replaceAll("s$", "");
	}

	/** The consonants of a name, a doubled one once ("Parris Island" and "Paris Island" are one name misspelled). */
	private static String consonants(String name) {
		return name.replaceAll("[aeiouy]|[^\\p{L}]|h(?=[^aeiouy]|$)", "").replaceAll("(.)\\1+", "$1");
	}

}
