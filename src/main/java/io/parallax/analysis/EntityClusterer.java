package io.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Unifies the mentions of a story into entities: full names with their spelling variants, surnames and titled
 * forms ("Zelensky", "Zelenskiy", "President Zelenskyy"), and titles that stand alone for a person named
 * elsewhere ("the US President"). Indexed by first name and surname, so that a story of a thousand articles
 * clusters in one pass.
 */
class EntityClusterer {

	List<EntityCluster> cluster(List<NameMention> mentions) {
		People people = new People();
		Map<String, EntityCluster> others = new HashMap<>();
		mentions.stream().filter(m -> !m.roleOnly() && isFullPersonName(m)).forEach(people::addFullName);
		for (NameMention mention : mentions) {
			if (mention.roleOnly() || isFullPersonName(mention)) {
				continue;
			}
			List<EntityCluster> bySurname = mention.wordCount() == 1 ? people.withSurname(mention.key()) : List.of();
			if (bySurname.size() == 1 && mention.kind() != EntityKind.ORGANISATION) {
				bySurname.get(0).add(mention);
			}
			else if (mention.kind() == EntityKind.PERSON) {
				people.addOther(mention);
			}
			else {
				others.computeIfAbsent(withoutArticle(mention.key()), k -> new EntityCluster()).add(mention);
			}
		}
		mentions.stream().filter(NameMention::roleOnly).forEach(people::addTitleReference);
		List<EntityCluster> all = new ArrayList<>(people.clusters());
		all.addAll(others.values());
		all.removeIf(c -> c.mentions().stream().allMatch(NameMention::roleOnly));
		all.sort(EntityCluster.byMentions());
		return all;
	}

	private static boolean isFullPersonName(NameMention mention) {
		return mention.kind() == EntityKind.PERSON && mention.wordCount() >= 2;
	}

	private static String withoutArticle(String key) {
		return key.replaceFirst("^the ", "");
	}

	/** The people of a story, indexed by first name and by surname. */
	private static final class People {

		private final Set<EntityCluster> clusters = new LinkedHashSet<>();

		private final Map<String, List<EntityCluster>> byFirstName = new HashMap<>();

		private final Map<String, List<EntityCluster>> bySurname = new HashMap<>();

		private final Map<String, EntityCluster> byKey = new HashMap<>();

		Set<EntityCluster> clusters() {
			return clusters;
		}

		void addFullName(NameMention mention) {
			String[] words = mention.key().split(" ");
			String first = words[0];
			String last = words[words.length - 1];
			EntityCluster found = byFirstName.getOrDefault(first, List.of())
				.stream()
				.filter(c -> c.surnameKeys().stream().anyMatch(s -> Spellings.same(s, last)))
				.findFirst()
				.orElse(null);
			if (found == null) {
				found = new EntityCluster();
				clusters.add(found);
				byFirstName.computeIfAbsent(first, k -> new ArrayList<>()).add(found);
			}
			if (!found.surnameKeys().contains(last)) {
				bySurname.computeIfAbsent(last, k -> new ArrayList<>()).add(found);
			}
			found.add(mention);
		}

		/** The people whose full name ends in this word or a spelling of it. */
		List<EntityCluster> withSurname(String key) {
			Set<EntityCluster> found = new LinkedHashSet<>(bySurname.getOrDefault(key, List.of()));
			for (Map.Entry<String, List<EntityCluster>> entry : bySurname.entrySet()) {
				if (!entry.getKey().equals(key) && Spellings.same(entry.getKey(), key)) {
					found.addAll(entry.getValue());
				}
			}
			return List.copyOf(found);
		}

		void addOther(NameMention mention) {
			EntityCluster cluster = byKey.computeIfAbsent(withoutArticle(mention.key()), k -> {
				EntityCluster created = new EntityCluster();
				clusters.add(created);
				return created;
			});
			cluster.add(mention);
		}

		/** "The US President" joins the one person the story gives that title, if there is exactly one. */
		void addTitleReference(NameMention mention) {
			String key = mention.key();
			List<EntityCluster> titled = clusters.stream().filter(p -> p.roleKeys().contains(key)).toList();
			if (titled.size() == 1) {
				titled.get(0).add(mention);
			}
		}

	}

}
