package io.parallax.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

/**
 * A chart's labels are cut to fit, and two articles whose headlines open alike are still told apart.
 */
class ChartLabelsTest {

	@Test
	void labelsCutToTheSameWordsAreNumberedInOrder() {
		List<String> labels = List.of("“Trump and Putin to meet in coming days…”", "BBC News",
				"“Trump and Putin to Meet Amid Ukraine War…”");
		assertThat(QuoteChart.fitApart(labels, 20)).containsExactly("“Trump and… (1)", "BBC News",
				"“Trump and… (2)");
	}

	@Test
	void labelsThatFitOrDifferAreLeftAsTheyAre() {
		assertThat(QuoteChart.fitApart(List.of("Fox News", "“Senate overrides Obama’s veto…”"), 20))
			.containsExactly("Fox News", "“Senate overrides…");
	}

	@Test
	void labelsAreCutBetweenWordsUnlessAWordFillsMostOfTheSpace() {
		assertThat(QuoteChart.fit("Donald Trump and Vladimir Putin", 20)).isEqualTo("Donald Trump and…");
		assertThat(QuoteChart.fit("Donald Trump and Vladimir Putin", 17)).isEqualTo("Donald Trump and…");
		assertThat(QuoteChart.fit("Counterintelligence officials", 20)).isEqualTo("Counterintelligence…");
		assertThat(QuoteChart.fit("Ab Counterintelligenceofficials", 20)).isEqualTo("Ab Counterintellige…");
	}

}
