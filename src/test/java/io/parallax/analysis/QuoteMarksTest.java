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
	void aQuoteOnlyClosedInATextIsCarriedOverUnlessOnlyTheQuotesItOpensAreAskedFor() {
		String text = "Not a Roger Stone.” He said “no” twice.";
		assertThat(QuoteMarks.find(text)).extracting(QuoteSpan::text).containsExactly("Not a Roger Stone.", "no");
		assertThat(QuoteMarks.openedIn(text)).extracting(QuoteSpan::text).containsExactly("no");
	}

	@Test
	void runsAQuoteLeftOpenToTheParagraphsEnd() {
		assertThat(QuoteMarks.find("She added: “The work continues into next year."))
			.extracting(QuoteSpan::text)
			.containsExactly("The work continues into next year.");
	}

	@Test
	void closesAQuoteOpenedWithOneKindOfMarkAndClosedWithTheOther() {
		// Copy pasted between systems often mixes curly and straight marks within one paragraph.
		assertThat(QuoteMarks.find("“We are not surprised,\" Suthers said. \"However, the suit is without merit.”"))
			.extracting(QuoteSpan::text)
			.containsExactly("We are not surprised,", "However, the suit is without merit.");
	}

	@Test
	void startsAQuoteClosedInAParagraphThatNeverOpenedIt() {
		assertThat(QuoteMarks.find("Not a Roger Stone.” He paused.")).extracting(QuoteSpan::text)
			.containsExactly("Not a Roger Stone.");
	}

}
