package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * Two people of one surname in a story: a surname alone goes to the one its article is about, and an honorific
 * never joins a person the text gives the other one ("Mrs. Tanaka" is not the Tanaka it calls "Mr.").
 */
class EntityClustererTest {

	@Test
	void aSurnameAloneGoesToTheSubjectAndHonorificsKeepTwoPeopleApart() {
		List<NameMention> mentions = List.of(
				person(1, 1, 0, "Helen Tanaka", null),
				person(1, 1, 60, "Paul Tanaka", "former Governor"),
				person(1, 2, 0, "Tanaka", "Mrs."),
				person(1, 3, 10, "Tanaka", "Mr."),
				person(1, 4, 0, "Tanaka", "Mrs."),
				person(2, 5, 0, "Helen Tanaka", null),
				person(2, 5, 50, "Paul Tanaka", null),
				person(2, 6, 0, "Tanaka", null));

		List<EntityCluster> people = new EntityClusterer().cluster(mentions);

		assertThat(people).hasSize(2);
		EntityCluster helen = people.stream().filter(p -> p.name().equals("Helen Tanaka")).findFirst().orElseThrow();
		EntityCluster paul = people.stream().filter(p -> p.name().equals("Paul Tanaka")).findFirst().orElseThrow();
		assertThat(helen.mentions()).extracting(NameMention::sentenceId).containsExactlyInAnyOrder(1L, 2L, 4L, 5L, 6L);
		assertThat(paul.mentions()).extracting(NameMention::sentenceId).containsExactlyInAnyOrder(1L, 3L, 5L);
	}

	@Test
	void anHonorificOfTheOtherGenderStartsAPersonOfItsOwn() {
		List<NameMention> mentions = List.of(
				person(1, 1, 0, "Paul Tanaka", null),
				person(1, 2, 0, "Tanaka", "Mr."),
				person(1, 3, 0, "Tanaka", "Ms."));

		List<EntityCluster> people = new EntityClusterer().cluster(mentions);

		EntityCluster paul = people.stream().filter(p -> p.name().equals("Paul Tanaka")).findFirst().orElseThrow();
		assertThat(paul.mentions()).extracting(NameMention::sentenceId).containsExactlyInAnyOrder(1L, 2L);
		assertThat(people).hasSize(2);
	}

	@Test
	void aSurnameBeforeASuffixedNameIsSomeoneElse() {
		List<NameMention> mentions = List.of(
				person(1, 1, 0, "Paul Hale", "Governor"),
				person(1, 2, 0, "Hale", "Mr."),
				person(2, 3, 0, "Hale", "Governor"),
				person(2, 4, 30, "Paul Hale Jr.", null),
				person(2, 5, 0, "Hale", "Mr."),
				person(3, 5, 60, "Reyes", null),
				person(3, 6, 0, "Anna Reyes Jr.", null),
				person(3, 7, 0, "Reyes", "Ms."),
				person(4, 8, 0, "Anna Reyes", null));

		List<EntityCluster> people = new EntityClusterer().cluster(mentions);

		assertThat(people).extracting(EntityCluster::name)
			.as("the governor and his son; one Anna Reyes, named short in another article and bare in a caption first")
			.containsExactlyInAnyOrder("Paul Hale", "Paul Hale Jr.", "Anna Reyes Jr.");
		EntityCluster governor = people.stream().filter(p -> p.name().equals("Paul Hale")).findFirst().orElseThrow();
		assertThat(governor.mentions()).extracting(NameMention::sentenceId)
			.as("the governor, whom the son's article names before the son").contains(3L);
	}

	@Test
	void anAcronymJoinsTheOneNameItAbbreviates() {
		List<NameMention> mentions = List.of(
				named(1, 1, "North Atlantic Treaty Organization", EntityKind.ORGANISATION),
				named(1, 2, "NATO", EntityKind.ORGANISATION),
				named(2, 3, "NATO", EntityKind.ORGANISATION),
				named(1, 4, "United States", EntityKind.PLACE),
				named(2, 5, "U.S.", EntityKind.ORGANISATION),
				named(2, 6, "U.S. Senate", EntityKind.ORGANISATION),
				named(1, 7, "Federal Bureau of Investigation", EntityKind.ORGANISATION),
				named(2, 8, "Free Beer Initiative", EntityKind.ORGANISATION),
				named(2, 9, "FBI", EntityKind.ORGANISATION));

		List<EntityCluster> clusters = new EntityClusterer().cluster(mentions);

		assertThat(clusters).extracting(EntityCluster::name).as("two names spell FBI: it stays apart")
			.containsExactlyInAnyOrder("North Atlantic Treaty Organization", "United States", "U.S. Senate",
					"Federal Bureau of Investigation", "Free Beer Initiative", "FBI");
		assertThat(clusters).filteredOn(c -> c.name().equals("North Atlantic Treaty Organization")).singleElement()
			.satisfies(nato -> assertThat(nato.mentions()).hasSize(3));
		assertThat(clusters).filteredOn(c -> c.name().equals("United States")).singleElement()
			.satisfies(us -> assertThat(us.kind()).as("the full name's kind").isEqualTo(EntityKind.PLACE));
	}

	private static NameMention named(long article, long sentence, String name, EntityKind kind) {
		return new NameMention(article, sentence, 0, name.length(), name, null, kind, false, false, false, false);
	}

	private static NameMention person(long article, long sentence, int start, String name, String role) {
		return new NameMention(article, sentence, start, start + name.length(), name, role, EntityKind.PERSON, false,
				false, false, false);
	}

}
