package io.parallax.text;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QuotationMarksTest {

	@Test
	void aSentenceCutFromALongerQuotationGetsTheMarkItLacks() {
		assertThat(QuotationMarks.balanced("“We don’t want him.")).isEqualTo("“We don’t want him.”");
		assertThat(QuotationMarks.balanced("We reject his visit,” Fox said.")).isEqualTo("“We reject his visit,” Fox said.");
		assertThat(QuotationMarks.balanced("\"We've done it in the past.")).isEqualTo("\"We've done it in the past.”");
		assertThat(QuotationMarks.balanced("it again by making that case,\" she said."))
			.isEqualTo("“it again by making that case,\" she said.");
		assertThat(QuotationMarks.balanced("\"Until then, he will serve his constituents,” McGinley said."))
			.as("a straight mark closed by a curly one")
			.isEqualTo("\"Until then, he will serve his constituents,” McGinley said.");
	}

	@Test
	void aBalancedSentenceIsLeftAsItIs() {
		String sentence = "“I don’t call it a breakthrough,” he said Wednesday.";
		assertThat(QuotationMarks.balanced(sentence)).isEqualTo(sentence);
		assertThat(QuotationMarks.balanced("He called it \"useful\" and left."))
			.isEqualTo("He called it \"useful\" and left.");
		assertThat(QuotationMarks.balanced("No quotation here.")).isEqualTo("No quotation here.");
	}

}
