package io.parallax.analysis;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;

/**
 * Unifies the mentions of a story into entities. People: full names with their spelling variants, middle
 * initials, suffixes and familiar forms ("Roger J. Stone Jr.", "Roger Stone", "Dick Durbin" and "Richard J.
 * Durbin"); surnames and given names alone, given to the one person the article means when two share them
 * ("Clinton" in an article about Bill Clinton); titles that stand for a person named elsewhere ("the US
 * President"). Other names: one entity per name. Indexed by surname, so that a story of a thousand articles
 * clusters in one pass.
 */
class EntityClusterer {

	List<EntityCluster> cluster(List<NameMention> mentions) {
		People people = new People(distinctSuffixedNames(mentions));
		Map<String, EntityCluster> others = new HashMap<>();
		// Longest names first, so that "Peña Nieto" finds "Enrique Peña Nieto" whichever article comes first.
		mentions.stream()
			.filter(EntityClusterer::isFullPersonName)
			.sorted(Comparator.comparingInt(NameMention::wordCount).reversed())
			.forEach(people::addFullName);
		for (NameMention mention : mentions) {
			if (mention.roleOnly() || isFullPersonName(mention)) {
				continue;
			}
			EntityCluster person = mention.kind() == EntityKind.ORGANISATION ? null : people.partialName(mention);
			if (person != null) {
				person.add(mention);
			}
			else if (mention.kind() == EntityKind.PERSON) {
				people.addOther(mention);
			}
			else {
				others.computeIfAbsent(withoutArticle(mention.key()), k -> new EntityCluster()).add(mention);
			}
		}
		mentions.stream().filter(NameMention::roleOnly).forEach(people::addTitleReference);
		joinAcronyms(others);
		List<EntityCluster> all = new ArrayList<>(people.clusters());
		all.addAll(others.values());
		all.removeIf(c -> c.mentions().stream().allMatch(NameMention::roleOnly));
		all.sort(EntityCluster.byMentions());
		return all;
	}

	private static boolean isFullPersonName(NameMention mention) {
		return !mention.roleOnly() && mention.kind() == EntityKind.PERSON && PersonName.parse(mention.key()) != null;
	}

	/**
	 * The names of two people, one with a suffix and one without: written both ways in one article ("Donald Trump
	 * Jr." beside "Donald Trump"), or in an article that names someone of the surname, by a title, before it gives the
	 * suffixed name ("President Trump" halted the imports; "Donald Trump Jr." is in a photo further down), since news
	 * names a person in full the first time. Elsewhere "Roger Stone" is "Roger J. Stone Jr." written short.
	 */
	private static Set<String> distinctSuffixedNames(List<NameMention> mentions) {
		Map<Long, Set<String>> suffixed = new HashMap<>();
		Map<Long, Set<String>> plain = new HashMap<>();
		Map<String, NameMention> firstSuffixed = new HashMap<>();
		for (NameMention mention : mentions) {
			PersonName name = isFullPersonName(mention) ? PersonName.parse(mention.key()) : null;
			if (name != null) {
				(name.suffix() == null ? plain : suffixed).computeIfAbsent(mention.articleId(), k -> new HashSet<>())
					.add(name.base());
				if (name.suffix() != null) {
					firstSuffixed.merge(mention.articleId() + " " + name.surname(), mention,
							(a, b) -> before(b, a) ? b : a);
				}
			}
		}
		Set<String> distinct = new HashSet<>();
		suffixed.forEach((article, names) -> names.stream()
			.filter(n -> plain.getOrDefault(article, Set.of()).contains(n))
			.forEach(distinct::add));
		for (NameMention mention : mentions) {
			NameMention suffixedName = firstSuffixed.get(mention.articleId() + " " + mention.key());
			// a surname with a title ("President Trump", "Mr. Trump"): a bare one may be a caption's or a headline's
			if (suffixedName != null && mention.kind() == EntityKind.PERSON && !mention.roleOnly() && mention.role() != null
					&& before(mention, suffixedName)) {
				distinct.add(PersonName.parse(suffixedName.key()).base());
			}
		}
		return distinct;
	}

	/** Whether one mention comes before another in their article. */
	private static boolean before(NameMention a, NameMention b) {
		return a.sentenceId() < b.sentenceId() || a.sentenceId().equals(b.sentenceId()) && a.start() < b.start();
	}

	private static final Set<String> LINKING_WORDS = Set.of("of", "the", "and", "for", "on", "in", "to", "&");

	/**
	 * An acronym joins the one name of the story whose words it abbreviates: "NATO" is the North Atlantic Treaty
	 * Organization, "U.S." the United States, "FBI" the Federal Bureau of Investigation. Only where exactly one name
	 * spells it, so two expansions of one acronym stay apart. The full name tells the kind: "U.S. officials" reads as
	 * an organisation to the names model, "the United States" as the place it is.
	 */
	private static void joinAcronyms(Map<String, EntityCluster> others) {
		Map<String, List<String>> byInitials = new HashMap<>();
		others.keySet().stream().filter(key -> key.indexOf(' ') > 0)
			.forEach(key -> byInitials.computeIfAbsent(initials(key), k -> new ArrayList<>()).add(key));
		for (String key : List.copyOf(others.keySet())) {
			EntityCluster acronym = others.get(key);
			boolean written = acronym.mentions().stream().allMatch(m -> Lexicon.isAcronym(m.name()));
			// "U.S. Senate" holds "U.S.": no expansion of it
			List<String> expansions = byInitials.getOrDefault(key.replace(" ", ""), List.of()).stream()
				.filter(name -> !List.of(name.split(" ")).contains(key))
				.toList();
			if (written && expansions.size() == 1 && !expansions.get(0).equals(key)) {
				EntityCluster named = others.get(expansions.get(0));
				EntityKind kind = named.kind();
				acronym.mentions().forEach(mention -> named.add(mention.as(kind)));
				others.remove(key);
			}
		}
	}

	private static String initials(String key) {
		StringBuilder initials = new StringBuilder();
		for (String word : key.split("\\s+")) {
			if (!word.isEmpty() && !LINKING_WORDS.contains(word)) {
				initials.append(word.charAt(0));
			}
		}
		return initials.toString();
	}

	private static String withoutArticle(String key) {
		return key.replaceFirst("^the ", "");
	}

	/** One person of the story: their cluster and the full names they go by. */
	private record Person(EntityCluster cluster, List<PersonName> names) {

		boolean couldBe(PersonName name, Set<String> distinctSuffixed) {
			return names.stream().anyMatch(n -> n.couldBe(name)
					&& (Objects.equals(n.suffix(), name.suffix()) || !distinctSuffixed.contains(name.base())));
		}

		/** Whether every full name of this person has a suffix ("Jr."): a son of a father of the same name. */
		boolean suffixedOnly() {
			return !names.isEmpty() && names.stream().allMatch(n -> n.suffix() != null);
		}

		/** Whether the article named this person in full before the mention. */
		boolean namedInFullBefore(NameMention mention) {
			NameMention first = firstFullNameIn(mention.articleId());
			return first != null && before(first, mention);
		}

		/** The first full-name mention of this person in the article, or null. */
		NameMention firstFullNameIn(Long articleId) {
			NameMention first = null;
			for (NameMention m : cluster.mentions()) {
				if (m.articleId().equals(articleId) && isFullPersonName(m) && (first == null
						|| m.sentenceId() < first.sentenceId()
						|| m.sentenceId().equals(first.sentenceId()) && m.start() < first.start())) {
					first = m;
				}
			}
			return first;
		}

		long mentionsIn(Long articleId) {
			return cluster.mentions().stream().filter(m -> m.articleId().equals(articleId)).count();
		}

	}

	/** The people of a story, indexed by surname. */
	private static final class People {

		private final Set<String> distinctSuffixed;

		private final List<Person> persons = new ArrayList<>();

		private final Map<Person, Integer> positions = new IdentityHashMap<>();

		private final Map<String, List<Person>> bySurname = new HashMap<>();

		/** The keys of {@link #bySurname} that may have spelling variants, by their first letters. */
		private final Map<String, Set<String>> surnamesByStart = new HashMap<>();

		/**
		 * Every name the people go by, as positions in {@link #persons}: a word alone finds the people it may stand
		 * for in these, not by reading every person's names (a story of a thousand articles names thousands).
		 */
		private final Map<String, Set<Integer>> byAnySurname = new HashMap<>();

		private final Map<String, Set<String>> anySurnamesByStart = new HashMap<>();

		private final Map<String, Set<Integer>> byLastMiddleName = new HashMap<>();

		private final Map<String, Set<Integer>> byFormalGivenName = new HashMap<>();

		private final Map<String, EntityCluster> byKey = new HashMap<>();

		private final Set<EntityCluster> clusters = new LinkedHashSet<>();

		People(Set<String> distinctSuffixed) {
			this.distinctSuffixed = distinctSuffixed;
		}

		Set<EntityCluster> clusters() {
			return clusters;
		}

		void addFullName(NameMention mention) {
			PersonName name = PersonName.parse(mention.key());
			String[] words = mention.key().split(" ");
			List<Person> sameSurname = withSurname(name.surname());
			Person found = sameSurname.stream()
				.filter(p -> p.couldBe(name, distinctSuffixed))
				.findFirst()
				.orElseGet(() -> {
					List<Person> longer = sameSurname.stream()
						.filter(p -> p.names().stream().anyMatch(n -> endsWith(n, words)))
						.toList();
					return longer.size() == 1 ? longer.get(0) : null;
				});
			if (found == null) {
				found = new Person(new EntityCluster(), new ArrayList<>());
				positions.put(found, persons.size());
				persons.add(found);
				clusters.add(found.cluster());
				bySurname.computeIfAbsent(name.surname(), k -> new ArrayList<>()).add(found);
				indexByStart(surnamesByStart, name.surname());
			}
			if (!found.names().contains(name)) {
				found.names().add(name);
				indexName(found, name);
			}
			found.cluster().add(mention);
		}

		private void indexName(Person person, PersonName name) {
			int position = positions.get(person);
			byAnySurname.computeIfAbsent(name.surname(), k -> new LinkedHashSet<>()).add(position);
			indexByStart(anySurnamesByStart, name.surname());
			List<String> middles = name.middles();
			if (!middles.isEmpty() && middles.indexOf(middles.get(middles.size() - 1)) == middles.size() - 1) {
				byLastMiddleName.computeIfAbsent(middles.get(middles.size() - 1), k -> new LinkedHashSet<>()).add(position);
			}
			byFormalGivenName.computeIfAbsent(PersonName.formal(name.given()), k -> new LinkedHashSet<>()).add(position);
		}

		private static void indexByStart(Map<String, Set<String>> index, String surname) {
			String start = Spellings.start(surname);
			if (start != null) {
				index.computeIfAbsent(start, k -> new LinkedHashSet<>()).add(surname);
			}
		}

		/** The spellings of a word that an index of names holds, the word itself first. */
		private static List<String> spellings(String word, Map<String, Set<String>> index) {
			List<String> spellings = new ArrayList<>(List.of(word));
			String start = Spellings.start(word);
			if (start != null) {
				index.getOrDefault(start, Set.of()).stream()
					.filter(other -> !other.equals(word) && Spellings.same(other, word))
					.forEach(spellings::add);
			}
			return spellings;
		}

		/** The people with a name whose surname is this word or a spelling of it, or whose last middle name it is. */
		private List<Person> goingBy(String word) {
			Set<Integer> found = new TreeSet<>();
			spellings(word, anySurnamesByStart).forEach(s -> found.addAll(byAnySurname.getOrDefault(s, Set.of())));
			found.addAll(byLastMiddleName.getOrDefault(word, Set.of()));
			return found.stream().map(persons::get).toList();
		}

		private List<Person> calledByGivenName(String word) {
			return new TreeSet<>(byFormalGivenName.getOrDefault(PersonName.formal(word), Set.of())).stream()
				.map(persons::get)
				.toList();
		}

		/**
		 * The person a surname, a given name or the tail of a name stands for ("Stone", "Hillary", "Peña Nieto"):
		 * the only candidate, or the one the article named last, or the one it names most.
		 */
		EntityCluster partialName(NameMention mention) {
			String[] words = mention.key().split(" ");
			String last = words[words.length - 1];
			List<Person> candidates = withSurname(last).stream()
				.filter(p -> words.length == 1 || p.names().stream().anyMatch(n -> endsWith(n, words)))
				.toList();
			if (candidates.isEmpty() && words.length == 1) {
				candidates = goingBy(last);
			}
			if (candidates.isEmpty() && words.length == 1 && mention.kind() == EntityKind.PERSON) {
				List<Person> byGivenName = calledByGivenName(last);
				candidates = byGivenName.size() == 1 ? byGivenName : List.of();
			}
			return choose(candidates, mention);
		}

		private static boolean endsWith(PersonName name, String[] words) {
			List<String> all = new ArrayList<>(List.of(name.given()));
			all.addAll(name.middles());
			all.add(name.surname());
			return all.size() > words.length && all.subList(all.size() - words.length, all.size()).equals(List.of(words));
		}

		private static EntityCluster choose(List<Person> found, NameMention mention) {
			// "Mrs. Clinton" is not the Clinton the text calls "Mr. Clinton"
			Gender gender = Gender.ofRole(mention.role());
			List<Person> candidates = found.stream().filter(p -> p.cluster().mayBe(gender)).toList();
			// Beside another of the surname, a "Jr." is not the one a surname stands for before his full name: news
			// names a person in full the first time ("President Trump" halted it; "Donald Trump Jr." comes later).
			List<Person> namedSoFar = candidates.stream().filter(p -> !p.suffixedOnly() || p.namedInFullBefore(mention))
				.toList();
			if (!namedSoFar.isEmpty()) {
				candidates = namedSoFar;
			}
			if (candidates.size() <= 1) {
				return candidates.isEmpty() ? null : candidates.get(0).cluster();
			}
			// The one the article is about ("Clinton" in a story on Hillary Clinton's tax returns that also names
			// Bill Clinton): a second person of the surname is named in full each time, or by title and surname.
			// Between two named as often, the one the article named first, its subject ("Hillary Rodham Clinton on
			// Friday released …, showing that she and former President Bill Clinton earned …").
			Comparator<Person> salient = Comparator.comparing(p -> p.mentionsIn(mention.articleId()));
			Comparator<Person> first = Comparator.comparing(p -> p.firstFullNameIn(mention.articleId()),
					Comparator.nullsLast(Comparator.comparing(NameMention::sentenceId).thenComparing(NameMention::start)).reversed());
			Person chosen = candidates.stream()
				.max(salient.thenComparing(first).thenComparing(p -> p.cluster().mentions().size()))
				.orElseThrow();
			return chosen.cluster();
		}

		/** The people whose surname is this word or a spelling of it. */
		List<Person> withSurname(String key) {
			Set<Person> found = new LinkedHashSet<>();
			spellings(key, surnamesByStart).forEach(s -> found.addAll(bySurname.getOrDefault(s, List.of())));
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
