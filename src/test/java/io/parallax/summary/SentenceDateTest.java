package io.parallax.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;

import org.junit.jupiter.api.Test;

/** Which of a sentence's dates places it on the timeline, on sentences written for this test. */
class SentenceDateTest {

	private record Date(String text, String precision, boolean dated, int start, int end)
			implements SentenceDate.Mention {
	}

	/** Each date phrase's first occurrence in the sentence, at a precision ("DAY") or unresolved (null). */
	private static List<Date> dates(String sentence, String... textAndPrecision) {
		return Arrays.stream(textAndPrecision).map(pair -> {
			String[] parts = pair.split("@");
			String precision = parts[1].equals("null") ? null : parts[1];
			int start = sentence.indexOf(parts[0]);
			return new Date(parts[0], precision, precision != null, start, start + parts[0].length());
		}).toList();
	}

	private static String chosen(String sentence, String... textAndPrecision) {
		return SentenceDate.of(sentence, dates(sentence, textAndPrecision)).map(Date::text).orElse("none");
	}

	@Test
	void aSentenceOfSeveralDatesStandsAtItsMostPreciseOne() {
		String sentence = "Okafor, who ran the port authority from 2009 to 2014, was sworn in as mayor on March 3, 2021.";
		assertThat(chosen(sentence, "2009@YEAR", "2014@YEAR", "March 3, 2021@DAY")).isEqualTo("March 3, 2021");
	}

	@Test
	void equallyPreciseDatesGiveTheFirst() {
		String sentence = "Donations ranged from $40,000 in 2011 to more than $1 million in 2015 and 2019.";
		assertThat(chosen(sentence, "2011@YEAR", "2015@YEAR", "2019@YEAR")).isEqualTo("2011");
	}

	@Test
	void aYearThatLabelsAnEventDoesNotDateTheSentence() {
		String sentence = "The senator, citing her 2012 re-election campaign, said on Monday she would not run again.";
		assertThat(chosen(sentence, "2012@YEAR", "Monday@DAY")).isEqualTo("Monday");
		assertThat(chosen("She became the first 2020 candidate to publish her medical records.", "2020@YEAR"))
			.isEqualTo("none");
		assertThat(chosen("The ministry’s 2019 budget was cut.", "2019@YEAR")).isEqualTo("none");
	}

	@Test
	void aYearThatSetsTheTimeStillDatesTheSentence() {
		assertThat(chosen("The plant closed in 2016 after a fire.", "2016@YEAR")).isEqualTo("2016");
		assertThat(chosen("Labour lost 60 seats in the 2019 election.", "2019@YEAR")).isEqualTo("2019");
		assertThat(chosen("In a 2018 interview, Smith said he never met him.", "2018@YEAR")).isEqualTo("2018");
		assertThat(chosen("Troops have stayed since the 2001 U.S.-led invasion.", "2001@YEAR")).isEqualTo("2001");
		assertThat(chosen("The 2016 and 2018 seasons were cancelled.", "2016@YEAR", "2018@YEAR")).isEqualTo("2016");
		assertThat(chosen("Sales fell by a third in the 2015 to 2017 period.", "2015@YEAR")).isEqualTo("2015");
		assertThat(chosen("The law of 2004, amended in May 2011, stands.", "2004@YEAR", "May 2011@MONTH"))
			.isEqualTo("May 2011");
	}

	@Test
	void anUnresolvedDateIsUsedOnlyWhenNothingElseDatesTheSentence() {
		String sentence = "On Tuesday the council met, as it has every week since 2018.";
		assertThat(chosen(sentence, "Tuesday@null", "2018@YEAR")).isEqualTo("2018");
		assertThat(chosen("The council met on Tuesday.", "Tuesday@null")).isEqualTo("Tuesday");
	}

}
