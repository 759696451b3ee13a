package io.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.junit.jupiter.api.Test;

class SentenceSplitterTest {

	private final SentenceSplitter splitter = new SentenceSplitter();

	private List<String> sentences(String paragraph) {
		return splitter.split(paragraph).stream().map(SentenceSpan::text).toList();
	}

	@Test
	void anUpdatesStampIsNoSentence() {
		String paragraph = "UPDATE 2:52 p.m. -- Additional records disclosed Wednesday revealed new expenses. They topped $60,000.";
		assertThat(splitter.split(paragraph)).extracting(SentenceSpan::text)
			.containsExactly("Additional records disclosed Wednesday revealed new expenses.", "They topped $60,000.");
		assertThat(splitter.split(paragraph).get(0).start()).isEqualTo(paragraph.indexOf("Additional"));
		assertThat(splitter.split("UPDATE: 7:19 p.m. -- The Post now reports that he was indicted.")).extracting(SentenceSpan::text)
			.containsExactly("The Post now reports that he was indicted.");
		assertThat(splitter.split("Updated guidelines were published on Monday.")).extracting(SentenceSpan::text)
			.containsExactly("Updated guidelines were published on Monday.");
	}

	@Test
	void keepsUsPresidentInOneSentence() {
		assertThat(sentences("The meeting was agreed. U.S. President Donald Trump said so on Wednesday."))
			.containsExactly("The meeting was agreed.", "U.S. President Donald Trump said so on Wednesday.");
	}

	@Test
	void keepsAbbreviationsInsideASentence() {
		assertThat(sentences("Kremlin aide Yuri Ushakov told the U.S. Special Envoy that Mr. Witkoff was welcome."))
			.hasSize(1);
		assertThat(sentences("Sanctions by the U.S. and the U.K. were discussed with Dr. Smith in Washington D.C. today."))
			.hasSize(1);
	}

	@Test
	void noSentenceOpensWithADashOrAnEllipsis() {
		assertThat(sentences("DANVILLE, Ky. –- Joe Biden did everything President Barack Obama did not last week. Ryan held on."))
			.containsExactly("DANVILLE, Ky. –- Joe Biden did everything President Barack Obama did not last week.",
					"Ryan held on.");
		assertThat(sentences("Biden was quick to retort: \"With all due respect, that's just a bunch of malarkey. ... "
				+ "Not a single thing he said is accurate.\""))
			.noneMatch(sentence -> sentence.codePoints().noneMatch(Character::isLetter));
	}

	@Test
	void keepsANumberMarkWithItsNumber() {
		assertThat(sentences("Holt, the party's No. 2 official, backed the plan. Others did not."))
			.containsExactly("Holt, the party's No. 2 official, backed the plan.", "Others did not.");
	}

	@Test
	void aBreakTheModelMakesAfterAShortFormAndItsCommaIsUndone() {
		// The model ends a sentence after "Calif.," at times, and opens the next with "store": repaired whatever it
		// does with this paragraph.
		String text = "The case began when a cashier said the managers at her Pittsburg, Calif., store were passing her over.";
		int end = text.indexOf("Calif.,") + "Calif.,".length();
		assertThat(Abbreviations.breakIsFalse(text, end, end + 1)).isTrue();
		String real = "The store is in Pittsburg, Calif. Nobody answered.";
		int realEnd = real.indexOf("Calif.") + "Calif.".length();
		assertThat(Abbreviations.breakIsFalse(real, realEnd, realEnd + 1)).isFalse();
	}

	@Test
	void aFullStopInsideAFigureNeverEndsTheSentence() {
		// The model weighs every full stop, also one inside "$2,306.08", and ended a sentence after such figures.
		String text = "Records show the campaign paid $2,306.08 at a theme park and $5,687.75 on a spa retreat.";
		int end = text.indexOf("2,306.08") + "2,306.08".length();
		assertThat(Abbreviations.breakIsFalse(text, end, end + 1)).isTrue();
		assertThat(sentences("Expenses included $4,272.78 on the Navigator of the Seas cruise, $3,544.00 at Mariel's "
				+ "Boutique, and $5,687.75 on Martha's Vineyard Holistic Retreat. The judge set no date."))
			.containsExactly("Expenses included $4,272.78 on the Navigator of the Seas cruise, $3,544.00 at Mariel's "
					+ "Boutique, and $5,687.75 on Martha's Vineyard Holistic Retreat.", "The judge set no date.");
	}

	@Test
	void breaksAfterAnAbbreviationThatEndsASentence() {
		assertThat(sentences("The aid came from the U.S. The Kremlin did not comment."))
			.containsExactly("The aid came from the U.S.", "The Kremlin did not comment.");
	}

	@Test
	void keepsClosingQuotesWithTheirSentence() {
		assertThat(sentences("“I don’t call it a breakthrough,” he said Wednesday. “We have been working at this.”"))
			.containsExactly("“I don’t call it a breakthrough,” he said Wednesday.", "“We have been working at this.”");
	}

	@Test
	void keepsAQuestionWithTheTitledNameThatAskedIt() {
		assertThat(sentences("“Could any judge appointed by a Republican president be approved?” Senate Majority Leader "
				+ "Mitch McConnell, R-Ky., asked on Tuesday. “If not, are they taking the position the vacancy should never "
				+ "be filled?”"))
			.containsExactly("“Could any judge appointed by a Republican president be approved?” Senate Majority Leader "
					+ "Mitch McConnell, R-Ky., asked on Tuesday.",
					"“If not, are they taking the position the vacancy should never be filled?”");
	}

	@Test
	void offsetsPointIntoTheParagraph() {
		String paragraph = "First one. Second one here.";
		for (SentenceSpan span : splitter.split(paragraph)) {
			assertThat(paragraph.substring(span.start(), span.end())).isEqualTo(span.text());
		}
	}

}
