package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * An entity's kind from the kinds its mentions were given: the majority (on a tie, the kind of the first mention,
 * so that the result is the same run after run), except that a country or city the tagger read as an organisation
 * because it acted as one ("U.S. attorney", "Washington said", "Moscow denied") stays a place.
 */
class EntityClusterTest {

	@ParameterizedTest(name = "{0} {1} -> {2}")
	@CsvSource(delimiter = '|', textBlock = """
			U.S.         | ORGANISATION ORGANISATION PLACE | PLACE
			Washington   | ORGANISATION                     | PLACE
			Moscow       | ORGANISATION ORGANISATION        | PLACE
			Britain      | PLACE ORGANISATION               | PLACE
			Washington   | PERSON PERSON                    | PERSON
			Fox News     | ORGANISATION                     | ORGANISATION
			Justice Department | ORGANISATION PLACE ORGANISATION | ORGANISATION
			Aventura     | ORGANISATION PLACE PLACE ORGANISATION | ORGANISATION
			White House  | PLACE ORGANISATION ORGANISATION PLACE | PLACE
			Trump Tower  | PLACE PERSON                     | PLACE
			HuffPost     | PERSON PERSON ORGANISATION       | ORGANISATION
			McPherson    | PERSON PERSON ORGANISATION       | PERSON
			""")
	void kindOfTheMajorityButACountryStaysAPlace(String name, String kinds, EntityKind expected) {
		EntityCluster cluster = new EntityCluster();
		Arrays.stream(kinds.split("\\s+")).map(EntityKind::valueOf).forEach(kind -> cluster
			.add(new NameMention(1L, 1L, 0, name.length(), name, null, kind, false, false, false, false)));
		assertThat(cluster.kind()).isEqualTo(expected);
	}

	@org.junit.jupiter.api.Test
	void aCourtesyTitleIsNoRole() {
		EntityCluster cluster = new EntityCluster();
		for (String role : new String[] { "Mrs.", "former Secretary of State", "Ms", "the former first lady" }) {
			cluster.add(new NameMention(1L, 1L, 0, 7, "Clinton", role, EntityKind.PERSON, false, false, false, false));
		}
		assertThat(cluster.roles()).containsExactly("former Secretary of State", "former first lady");
	}

}
