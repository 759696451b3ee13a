package io.parallax.summary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import org.junit.jupiter.api.Test;

class RougeTest {

	@Test
	void scoresIdenticalTextsOneAndDisjointTextsZero() {
		assertThat(Rouge.f1("Trump and Putin will meet.", "Trump and Putin will meet.", 1)).isEqualTo(1.0);
		assertThat(Rouge.f1("Trump and Putin will meet.", "Floods closed the road.", 2)).isZero();
	}

	@Test
	void matchesStemmedWordsAndClipsCounts() {
		// system: "the meeting the the" / reference: "the meetings": unigrams the, meet (stemmed) overlap once each.
		double f = Rouge.f1("the meeting the the", "the meetings", 1);
		assertThat(f).isCloseTo(2 * 0.5 * 1.0 / 1.5, within(1e-9));
	}

}
