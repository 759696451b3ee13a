package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class QuoteMarksTest {

	@Test
	void findsCurlyAndStraightDoubleQuotes() {
		assertThat(QuoteMarks.find("He said “we will go” and then \"we did\".")).extracting(QuoteSpan::text)
			.containsExactly("we will go", "we did");
	}

	@Test
	void tellsSingleQuotesFromApostrophes() {
		assertThat(QuoteMarks.find("The minister’s aide said ‘it’s over,’ and left O’Neill’s office."))
			.extracting(QuoteSpan::text)
			.containsExactly("it’s over,");
	}

	@Test
	void runsAQuoteLeftOpenToTheParagraphsEnd() {
		assertThat(QuoteMarks.find("She added: “The work continues into next year."))
			.extracting(QuoteSpan::text)
			.containsExactly("The work continues into next year.");
	}

}
