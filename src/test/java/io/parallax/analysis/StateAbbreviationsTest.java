package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The states after lawmakers' names, as American outlets abbreviate them, on sentences written for this test. */
class StateAbbreviationsTest {

	private static List<String> places(String sentence) {
		AnalysedText text = AnalysedText.of(sentence);
		String written = text.article.sentences().get(0).text();
		return text.mentions().stream().filter(m -> m.kind() == EntityKind.PLACE)
			.map(m -> m.name() + "@" + written.substring(m.start(), m.end()))
			.toList();
	}

	@Test
	void anAbbreviationAfterANameIsItsState() {
		assertThat(places("Reps. Ana Ruiz (Calif.), Gwen Okafor (Wis.) and Paul Grant (D-N.J.) spoke for the bill."))
			.containsExactly("California@Calif.", "Wisconsin@Wis.", "New Jersey@N.J.");
		assertThat(places("Tom Hale, R-Texas, and Dana Price (D-CT) voted against it."))
			.containsExactly("Texas@Texas", "Connecticut@CT");
	}

	@Test
	void aPostalCodeAloneOrAnAbbreviationInTheRunningTextIsNoState() {
		assertThat(places("The app's two buttons read (OK) and (NO), and the vote was held in Mass. on Monday."))
			.noneMatch(place -> place.startsWith("Oklahoma") || place.startsWith("Massachusetts"));
	}

}
