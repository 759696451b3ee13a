package io.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The words a claim page marks in versions of one quoted statement. */
class DifferingWordsTest {

	private static List<String> marked(List<DifferingWords.Part> parts) {
		return parts.stream().filter(DifferingWords.Part::marked).map(DifferingWords.Part::text).toList();
	}

	private static String whole(List<DifferingWords.Part> parts) {
		return String.join("", parts.stream().map(DifferingWords.Part::text).toList());
	}

	@Test
	void marksTheWordsEachVersionAloneGivesWhereTheyOverlap() {
		String fox = "I did these things. … I used money that should have been used for my campaign.";
		String huffpost = "used money that shouldn't have been used,";

		List<List<DifferingWords.Part>> parts = DifferingWords.of(List.of(fox, huffpost));

		assertThat(marked(parts.get(0))).as("the rest of the longer quote is more of it, not a difference").isEmpty();
		assertThat(marked(parts.get(1))).containsExactly("shouldn't");
		assertThat(whole(parts.get(0))).isEqualTo(fox);
		assertThat(whole(parts.get(1))).isEqualTo(huffpost);
	}

	@Test
	void leavesPlainWhatTheComparisonReadsAsTheSameWords() {
		assertThat(DifferingWords.of(List.of("a decorated F.B.I. special agent.", "a decorated FBI Special Agent.")))
			.allSatisfy(version -> assertThat(marked(version)).isEmpty());
		List<List<DifferingWords.Part>> parts = DifferingWords.of(List.of(
				"We're not going to back down, he said, and we won't.",
				"We are not going to back down, he says, and we will not. We reject his visit.",
				"We aren't going to back down, he said, and we won't."));

		assertThat(parts).allSatisfy(version -> assertThat(marked(version)).isEmpty());
		assertThat(DifferingWords.of(List.of("he opposed same-sex marriage, a two-in-three chance",
				"he opposed same sex marriage, a 2 in 3 chance")))
			.as("a hyphen or a number in words").allSatisfy(version -> assertThat(marked(version)).isEmpty());
	}

	@Test
	void marksAChangedWordOfSubstance() {
		List<List<DifferingWords.Part>> parts = DifferingWords.of(List.of(
				"Iran gets closer and closer to a nuclear bomb,", "Iran gets closer and closer to nuclear arms,"));

		assertThat(marked(parts.get(0))).containsExactly("a", "bomb");
		assertThat(marked(parts.get(1))).containsExactly("arms");
	}

	@Test
	void articlesThatGiveTheSameWordsAreOneVersion() {
		List<List<DifferingWords.Part>> parts = DifferingWords.of(List.of("We reject his visit.", "We reject his visit.",
				"We reject his message."));

		assertThat(parts).extracting(DifferingWordsTest::marked)
			.containsExactly(List.of("visit"), List.of("visit"), List.of("message"));
	}

}
