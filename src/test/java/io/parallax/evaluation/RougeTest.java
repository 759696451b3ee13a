package io.parallax.evaluation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;

import org.junit.jupiter.api.Test;

class RougeTest {

	@Test
	void scoresIdenticalTextsOneAndDisjointTextsZero() {
		assertThat(Rouge.f1("Trump and Putin will meet.", "Trump and Putin will meet.", 1)).isEqualTo(1.0);
		assertThat(Rouge.f1("Trump and Putin will meet.", "Floods closed the road.", 2)).isZero();
		assertThat(Rouge.longestCommonSubsequenceF1("a b c", "a b c")).isEqualTo(1.0);
	}

	@Test
	void matchesStemmedWordsAndClipsCounts() {
		// system: "the meeting the the" / reference: "the meetings": unigrams the, meet (stemmed) overlap once each.
		double f = Rouge.f1("the meeting the the", "the meetings", 1);
		assertThat(f).isCloseTo(2 * 0.5 * 1.0 / 1.5, within(1e-9));
	}

	@Test
	void longestCommonSubsequenceKeepsWordOrder() {
		// "police killed the gunman" against "the gunman killed police": the longest in-order run is 2 words.
		assertThat(Rouge.longestCommonSubsequenceF1("police killed the gunman", "the gunman killed police"))
			.isCloseTo(0.5, within(1e-9));
	}

	@Test
	void cutsEverySystemToTheSameNumberOfWords() {
		assertThat(Rouge.cut(List.of("One two three.", "Four five."), 4)).isEqualTo("One two three. Four");
	}

}
