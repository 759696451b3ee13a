package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The mentions of one entity across a story, and what they say about it: its name, kind, aliases and roles.
 */
final class EntityCluster {

	private final List<NameMention> mentions = new ArrayList<>();

	// Kept up to date as mentions arrive: clustering a story of a thousand articles asks them constantly.
	private final Set<String> nameKeys = new java.util.HashSet<>();

	private final Set<String> surnameKeys = new java.util.HashSet<>();

	private final Set<String> roleKeys = new java.util.HashSet<>();

	/** The genders the mentions' honorifics and roles give ("Mrs.", "spokesman"). */
	private final Set<Gender> genders = java.util.EnumSet.noneOf(Gender.class);

	void add(NameMention mention) {
		mentions.add(mention);
		if (!mention.roleOnly()) {
			nameKeys.add(mention.key());
			if (mention.wordCount() >= 2) {
				surnameKeys.add(mention.lastWordKey());
			}
		}
		if (mention.role() != null) {
			roleKeys.add(Lexicon.key(cleanRole(mention.role())));
			Gender gender = Gender.ofRole(mention.role());
			if (gender != Gender.UNKNOWN) {
				genders.add(gender);
			}
		}
	}

	/** Whether a mention of this gender may be this person: none of the mentions so far says otherwise. */
	boolean mayBe(Gender gender) {
		return genders.stream().allMatch(gender::agreesWith);
	}

	/** The last words of the full names in this cluster ("putin" for "Vladimir Putin"). */
	Set<String> surnameKeys() {
		return surnameKeys;
	}

	List<NameMention> mentions() {
		return mentions;
	}

	/** The most frequent full name; among equals, the longest. */
	String name() {
		List<NameMention> named = mentions.stream().filter(m -> !m.roleOnly()).toList();
		int mostWords = named.stream().mapToInt(NameMention::wordCount).max().orElse(1);
		Map<String, Long> counts = named.stream()
			.filter(m -> m.wordCount() == mostWords)
			.collect(Collectors.groupingBy(m -> stripArticle(m.name()), LinkedHashMap::new, Collectors.counting()));
		return counts.entrySet()
			.stream()
			.max(Map.Entry.<String, Long>comparingByValue().thenComparing(e -> e.getKey().length()))
			.map(Map.Entry::getKey)
			.orElse(mentions.get(0).name());
	}

	EntityKind kind() {
		if (Lexicon.isMediaCompound(name())) {
			return EntityKind.ORGANISATION;
		}
		// In order of first mention, so that a tie goes to the kind the story gave the name first, run after run.
		Map<EntityKind, Long> votes = mentions.stream()
			.filter(m -> m.kind() != EntityKind.UNKNOWN)
			.collect(Collectors.groupingBy(NameMention::kind, LinkedHashMap::new, Collectors.counting()));
		if (!votes.isEmpty()) {
			long most = Collections.max(votes.values());
			EntityKind kind = votes.entrySet().stream().filter(v -> v.getValue() == most).findFirst().orElseThrow().getKey();
			// "U.S. attorney", "Washington said": the tagger reads a country acting as an organisation; it is
			// still the place.
			return kind == EntityKind.ORGANISATION && Lexicon.isPlace(name()) ? EntityKind.PLACE : kind;
		}
		if (mentions.stream().anyMatch(NameMention::speaks)) {
			return EntityKind.PERSON;
		}
		return mentions.stream().anyMatch(NameMention::placeHint) ? EntityKind.PLACE : EntityKind.UNKNOWN;
	}

	/**
	 * Every way the story writes it: names, titled names, titles that stand for it, and the words a mention printed
	 * where they are not a name ("the GOP", "Republicans" for the Republican Party).
	 *
	 * @param written those words, by mention
	 */
	List<String> aliases(Map<NameMention, String> written) {
		Set<String> aliases = new LinkedHashSet<>();
		for (NameMention mention : mentions) {
			aliases.add(stripArticle(mention.name()));
			if (mention.role() != null && !mention.roleOnly() && isTitle(mention.role())) {
				aliases.add(mention.role() + " " + mention.name());
			}
			String form = written.get(mention);
			if (form != null) {
				aliases.add(stripArticle(form));
			}
		}
		aliases.remove(name());
		return List.copyOf(aliases);
	}

	/** The roles the mentions give, as a reader would list them: "Mr." and "Mrs." are courtesies, not roles. */
	List<String> roles() {
		Map<String, String> byKey = new LinkedHashMap<>();
		mentions.stream()
			.map(NameMention::role)
			.filter(r -> r != null && !Lexicon.isHonorific(r))
			.map(EntityCluster::cleanRole)
			.forEach(role -> byKey.putIfAbsent(role.toLowerCase(), role));
		return List.copyOf(byKey.values());
	}

	Set<String> roleKeys() {
		return roleKeys;
	}

	Set<String> nameKeys() {
		return nameKeys;
	}

	static Comparator<EntityCluster> byMentions() {
		return Comparator.comparing((EntityCluster c) -> c.mentions.size()).reversed().thenComparing(EntityCluster::name);
	}

	static <T> Map<T, EntityCluster> index(List<EntityCluster> clusters, Function<EntityCluster, Set<T>> keys) {
		Map<T, EntityCluster> index = new LinkedHashMap<>();
		clusters.forEach(c -> keys.apply(c).forEach(k -> index.putIfAbsent(k, c)));
		return index;
	}

	private static boolean isTitle(String role) {
		return Character.isUpperCase(role.codePointAt(0)) && !role.contains("’") && !role.contains("'");
	}

	private static String cleanRole(String role) {
		return role.replaceFirst("^(?i)(the|his|her|their|its|a|an)\\s+", "").strip();
	}

	private static String stripArticle(String name) {
		return name.replaceFirst("^(The|the)\\s+", "");
	}

}
