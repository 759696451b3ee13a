package io.parallax.dates;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.parallax.text.TokenTagger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The date reader on sentences in many outlets' styles (wire copy, US and UK papers): what it finds, what it
 * resolves them to at their precision. Most are read as of Thursday 6 March 2025; some across a year's end, as of
 * Thursday 20 December 2018.
 */
class DateReaderTest {

	private static final TokenTagger TAGGER = new TokenTagger();

	private static List<TemporalExpression> read(LocalDate published, String... sentences) {
		DateReader reader = new DateReader(published);
		List<TemporalExpression> found = List.of();
		for (String sentence : sentences) {
			found = reader.read(sentence, () -> TAGGER.tag(sentence));
		}
		return found;
	}

	/** A resolved date as a reader writes it: "2025-03", "2025", "2025-03-04". */
	static String atPrecision(TemporalExpression date) {
		if (date.date() == null) {
			return "unresolved";
		}
		String text = date.date().toString();
		return switch (date.precision()) {
			case MONTH -> text.substring(0, 7);
			case SEASON, YEAR, DECADE -> text.substring(0, 4);
			default -> text;
		};
	}

	@ParameterizedTest(name = "{0} → {1} {2} {3}")
	@CsvSource(delimiter = '|', textBlock = """
			The talks ended on Tuesday.                                  | Tuesday            | 2025-03-04 | DAY
			The deal was announced by the Kremlin on Tuesday.            | Tuesday            | 2025-03-04 | DAY
			Ukraine's offer, due to expire next month, was rejected by the Kremlin on Tuesday. | Tuesday | 2025-03-04 | DAY
			Leaders will meet on Tuesday.                                | Tuesday            | 2025-03-11 | DAY
			The vote is expected Monday.                                 | Monday             | 2025-03-10 | DAY
			A vote is due by Monday.                                     | Monday             | 2025-03-10 | DAY
			The deadline expires on Saturday.                            | Saturday           | 2025-03-08 | DAY
			Lawmakers face Friday's deadline.                            | Friday's           | 2025-03-07 | DAY
			Thursday's vote was a blow to the government.                | Thursday's         | 2025-03-06 | DAY
			The bill passed on Thursday night.                           | Thursday night     | 2025-03-06 | DAY
			Mattis resigned Thursday after meeting the president.        | Thursday           | 2025-03-06 | DAY
			Last Friday, the firm collapsed.                             | Last Friday        | 2025-02-28 | DAY
			The trial begins next Tuesday.                               | next Tuesday       | 2025-03-11 | DAY
			They may agree on Monday.                                    | Monday             | 2025-03-10 | DAY
			Sentencing is set for June 28.                               | June 28            | 2025-06-28 | DAY
			Jackson faces sentencing on June 28.                         | June 28            | 2025-06-28 | DAY
			He was arrested on Dec. 20.                                  | Dec. 20            | 2024-12-20 | DAY
			The hearing was held Aug. 7.                                 | Aug. 7             | 2024-08-07 | DAY
			It happened on 7 August.                                     | 7 August           | 2024-08-07 | DAY
			The order took effect Jan. 20, 2017.                         | Jan. 20, 2017      | 2017-01-20 | DAY
			The report was published on 7 August 2024.                   | 7 August 2024      | 2024-08-07 | DAY
			He was sentenced on Tuesday, Jan. 20, 2015, in Chicago.      | Tuesday, Jan. 20, 2015 | 2015-01-20 | DAY
			The ceasefire began on New Year's Day 2024.                  | New Year's Day 2024 | 2024-01-01 | DAY
			Today, the court ruled against him.                          | Today              | 2025-03-06 | DAY
			Police said late yesterday that two men were held.           | late yesterday     | 2025-03-05 | DAY
			The senator spoke to reporters last night.                   | last night         | 2025-03-05 | DAY
			The bill was passed two days ago.                            | two days ago       | 2025-03-04 | DAY
			The ship docks in four days.                                 | in four days       | 2025-03-10 | DAY
			Prices rose in February.                                     | February           | 2025-02    | MONTH
			They will marry in February.                                 | February           | 2026-02    | MONTH
			Sales fell earlier this month.                               | earlier this month | 2025-03    | MONTH
			They will meet next month.                                   | next month         | 2025-04    | MONTH
			They divorced in February of last year.                      | February of last year | 2024-02 | MONTH
			The summit could happen, perhaps in early June.              | early June         | 2025-06    | MONTH
			He visited in early June.                                    | early June         | 2024-06    | MONTH
			In mid-March, markets fell.                                  | mid-March          | 2025-03    | MONTH
			Mattis resigned in July 2017.                                | July 2017          | 2017-07    | MONTH
			The company was founded in December of 2019.                 | December of 2019   | 2019-12    | MONTH
			The company reported a loss last year.                       | last year          | 2024       | YEAR
			He was first elected in 2002.                                | 2002               | 2002       | YEAR
			The 2016 campaign was bitter.                                | 2016               | 2016       | YEAR
			The plant closed a decade ago.                               | a decade ago       | 2015       | YEAR
			Earlier this year, the party split.                          | Earlier this year  | 2025       | YEAR
			The pair met last summer.                                    | last summer        | 2024       | SEASON
			The law passed in the spring of 2015.                        | spring of 2015     | 2015       | SEASON
			He was born in the fall of 1980.                             | fall of 1980       | 1980       | SEASON
			It dates from the 1970s.                                     | the 1970s          | 1970       | DECADE
			Officials met this week.                                     | this week          | 2025-03-03 | WEEK
			Over the weekend, protesters marched.                        | Over the weekend   | 2025-03-01 | WEEK
			""")
	void readsDatesAsOfAThursday(String sentence, String phrase, String resolved, DatePrecision precision) {
		assertThat(read(LocalDate.of(2025, 3, 6), sentence)).filteredOn(d -> d.text().contains(phrase.strip()))
			.singleElement()
			.satisfies(d -> {
				assertThat(atPrecision(d)).isEqualTo(resolved.strip());
				assertThat(d.precision()).isEqualTo(precision);
			});
	}

	@ParameterizedTest(name = "{0} → {1} {2}")
	@CsvSource(delimiter = '|', textBlock = """
			He will step down on January 1.                              | January 1          | 2019-01-01
			He will leave at the end of February.                        | end of February    | 2019-02
			The withdrawal will be complete by the summer.               | the summer         | 2019
			The agency said on Wednesday it would hold talks in July.    | July               | 2019-07
			The agency said on Wednesday it would hold talks in July.    | Wednesday          | 2018-12-19
			""")
	void readsAcrossTheYearsEnd(String sentence, String phrase, String resolved) {
		assertThat(read(LocalDate.of(2018, 12, 20), sentence)).filteredOn(d -> d.text().contains(phrase.strip()))
			.singleElement()
			.satisfies(d -> assertThat(atPrecision(d)).isEqualTo(resolved.strip()));
	}

	@ParameterizedTest(name = "{0} ({1}) → {2} {3}")
	@CsvSource(delimiter = '|', textBlock = """
			Romney had stopped short of calling on Akin to resign in an interview with WMUR Monday.      | 2012-08-21 | Monday    | 2012-08-20
			Rice sharply criticized Netanyahu on Tuesday over his plans to address Congress next week.  | 2015-02-25 | Tuesday   | 2015-02-24
			Before taking office in January, Trump said he would be able to end the war in a day.      | 2025-08-07 | January   | 2025-01
			A meeting would follow the envoy holding talks with the Russian president on Wednesday.    | 2025-08-07 | Wednesday | 2025-08-06
			The plan to withdraw half its troops by the summer -- some 7,000 soldiers -- was criticised. | 2018-12-23 | the summer | 2019
			Trump said Mattis was leaving in February.                                                 | 2018-12-23 | February  | 2019-02
			DiGenova likened the arrest to the raid last summer of the home of Paul Manafort.           | 2019-01-25 | last summer | 2018
			According to the indictment, between June and July 2016, Stone spoke to campaign officials. | 2019-01-25 | June      | 2016-06
			In 2013 he earned $13.17 million, the most for a speech in Stockholm that May.              | 2015-07-31 | May       | 2013-05
			In May, Clinton filed a disclosure covering her income in 2014.                            | 2015-07-31 | May       | 2015-05
			The indictment says Stone was told on July 22 that year that WikiLeaks had emails.          | 2019-01-25 | July 22   | 2018-07-22
			Grimm, who is up for re-election in November, has denied wrongdoing.                        | 2014-04-25 | November  | 2014-11
			Grimm, who was up for re-election in November, had denied wrongdoing.                       | 2014-04-25 | November  | 2013-11
			Trump said he’s prepared to sign a bill to open the government through Feb. 15.             | 2019-01-25 | Feb. 15   | 2019-02-15
			The deal kept the government open until Feb. 15.                                            | 2019-01-25 | Feb. 15   | 2019-02-15
			On Friday, supporters of the bill will have their say.                                      | 2012-08-01 | Friday    | 2012-08-03
			He would have resigned on Friday had they asked.                                            | 2012-08-01 | Friday    | 2012-07-27
			Grant has invited party leaders to his office in Manhattan on Friday morning to discuss a bill. | 2011-04-07 | Friday morning | 2011-04-08
			Russia has announced on Friday that it would hold talks.                                   | 2011-04-06 | Friday    | 2011-04-01
			He will have left by Friday, his aides said.                                                | 2011-04-06 | Friday    | 2011-04-08
			He could have easily won on Friday, his aides said.                                         | 2011-04-06 | Friday    | 2011-04-01
			Twelve devices have been found since Monday, the police said.                              | 2018-10-26 | Monday    | 2018-10-22
			Grant has kept a low profile, other than lashing out at critics early Saturday morning.     | 2013-01-30 | Saturday  | 2013-01-26
			""")
	void readsTheGoverningVerbAndTheNarrativesYear(String sentence, LocalDate published, String phrase, String resolved) {
		assertThat(read(published, sentence)).filteredOn(d -> d.text().contains(phrase.strip()))
			.singleElement()
			.satisfies(d -> assertThat(atPrecision(d)).isEqualTo(resolved.strip()));
	}

	@Test
	void takesTheYearTheTextSetForThatDate() {
		assertThat(read(LocalDate.of(2019, 1, 25), "Stone's messages in October 2016 were cited.",
				"On July 22 that year, WikiLeaks released emails."))
			.singleElement()
			.satisfies(d -> assertThat(atPrecision(d)).isEqualTo("2016-07-22"));
	}

	@ParameterizedTest(name = "no date in: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			The White House is at 1600 Pennsylvania Avenue.
			He won 2000 votes in the county.
			Reporter April Ryan asked about the plan.
			May the best team win.
			The stock fell 5 percent in two days.
			It was the first time in two years that they met.
			The fall of the Berlin Wall changed Europe.
			""")
	void findsNoDateWhereThereIsNone(String sentence) {
		assertThat(read(LocalDate.of(2025, 3, 6), sentence)).isEmpty();
	}

	@Test
	void countsFromTheDateTheTextGaveBefore() {
		LocalDate published = LocalDate.of(2019, 1, 25);
		assertThat(read(published, "Stone was arrested on Friday.", "A day earlier, a grand jury indicted him."))
			.singleElement()
			.satisfies(d -> assertThat(atPrecision(d)).isEqualTo("2019-01-24"));
		assertThat(read(published, "Jackson resigned in March 2011.", "A month later he was charged."))
			.singleElement()
			.satisfies(d -> assertThat(atPrecision(d)).isEqualTo("2011-04"));
		assertThat(read(published, "He joined the firm in 2011.", "A year later he left."))
			.singleElement()
			.satisfies(d -> assertThat(atPrecision(d)).isEqualTo("2012"));
	}

	@Test
	void keepsRelativeDatesAsWrittenWithoutAPublicationDate() {
		assertThat(read(null, "The talks ended on Tuesday.")).singleElement().satisfies(date -> {
			assertThat(date.text()).isEqualTo("Tuesday");
			assertThat(date.date()).isNull();
		});
		assertThat(read(null, "They last met in June 2021 and on 3 March 2024.")).extracting(TemporalExpression::date)
			.containsExactly(LocalDate.of(2021, 6, 1), LocalDate.of(2024, 3, 3));
	}

}
