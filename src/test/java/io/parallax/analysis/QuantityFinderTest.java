package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Numbers in many outlets' styles: each with its kind, its value and what it measures (the currency, the counted
 * noun, the time unit).
 */
class QuantityFinderTest {

	private static final QuantityFinder FINDER = new QuantityFinder();

	private static List<FoundQuantity> find(String sentence) {
		ArticleText article = new ArticleText(1L, 1L, "a.txt", "", null, LocalDate.of(2025, 3, 6),
				List.of(new SentenceText(1L, 0, 0, 0, sentence)));
		return FINDER.find(article, AnalysedText.tags(article));
	}

	@ParameterizedTest(name = "{0} → {1} {2} {3} {4}")
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Trump has made four trips to the region.                  | four trips                            | COUNT    | 4          | trips
			It was the fifth trip this year.                          | fifth trip                            | COUNT    | 5          | trip
			He arrived on his fifth visit.                            | fifth visit                           | COUNT    | 5          | visit
			A second meeting is planned.                              | second meeting                        | COUNT    | 2          | meeting
			Stone was charged with seven counts.                      | seven counts                          | COUNT    | 7          | counts
			He pleaded guilty to one felony fraud count.              | one felony fraud count                | COUNT    | 1          | count
			Three senior Trump campaign officials were questioned.    | Three senior Trump campaign officials | COUNT    | 3          | officials
			The Pentagon has 1.3 million active-duty troops.          | 1.3 million active-duty troops        | COUNT    | 1300000    | troops
			The case covers hundreds of thousands of female workers.  | hundreds of thousands of female workers | COUNT  | 100000     | workers
			Two of the named plaintiffs testified.                    | Two of the named plaintiffs           | COUNT    | 2          | plaintiffs
			Twenty-six Russian nationals were indicted.               | Twenty-six Russian nationals          | COUNT    | 26         | nationals
			Police found at least a dozen packages.                   | at least a dozen packages             | COUNT    | 12         | packages
			The 24-page indictment was unsealed.                      | 24-page                               | COUNT    | 24         | page
			It was a seven-count indictment.                          | seven-count                           | COUNT    | 7          | count
			Jackson, 47, pleaded guilty.                              | 47                                    | COUNT    | 47         | years of age
			The suspect is a man in his 50s.                          | 50s                                   | COUNT    | 50         | years of age
			The House approved the plan 234-193.                      | 234                                   | COUNT    | 234        | votes
			The House approved the plan 234-193.                      | 193                                   | COUNT    | 193        | votes
			She won by a vote of 134 to 63, the caucus said.          | 63                                    | COUNT    | 63         | votes
			It followed a 97-1 vote in the Senate.                    | 97                                    | COUNT    | 97         | votes
			The Senate voted 52-48 along party lines.                 | 48                                    | COUNT    | 48         | votes
			The court ruled in a 5-4 decision.                        | 5                                     | COUNT    | 5          | votes
			The baby, aged 18 months, was unhurt.                     | 18 months                             | DURATION | 18         | month
			In March 300 people marched.                              | 300 people                            | COUNT    | 300        | people
			The 49-year-old mechanic was charged.                     | 49-year-old                           | COUNT    | 49         | years of age
			There are about 5 million.                                | about 5 million                       | COUNT    | 5000000    | -
			The deal is worth $2.4bn.                                 | $2.4bn                                | MONEY    | 2400000000 | USD
			The fine was £150m.                                       | £150m                                 | MONEY    | 150000000  | GBP
			He earned between $19 and $22 million.                    | $19                                   | MONEY    | 19000000   | USD
			The firm spent billions of dollars on it.                 | billions of dollars                   | MONEY    | 1000000000 | USD
			Turnout was 45.8 percent.                                 | 45.8 percent                          | PERCENT  | 45.8       | %
			Inflation hit 3% in January.                              | 3%                                    | PERCENT  | 3          | %
			The talks lasted three hours.                             | three hours                           | DURATION | 3          | hour
			He faces between 46 and 57 months in prison.              | 46                                    | DURATION | 46         | month
			He faces between 46 and 57 months in prison.              | 57 months                             | DURATION | 57         | month
			He served more than a year and half.                      | a year and half                       | DURATION | 1.5        | year
			It was an hour-long hearing.                              | an hour-long                          | DURATION | 1          | hour
			She studied there for three semesters.                    | three semesters                       | DURATION | 3          | semester
			""")
	void findsWhatANumberMeasures(String sentence, String text, QuantityKind kind, BigDecimal value, String unit) {
		assertThat(find(sentence)).filteredOn(q -> q.text().equals(text.strip())).singleElement().satisfies(q -> {
			assertThat(q.kind()).isEqualTo(kind);
			assertThat(q.value()).isEqualByComparingTo(value);
			assertThat(q.unit()).isEqualTo(unit == null ? null : unit.strip());
		});
	}

	@Test
	void aDecadeOfAgeIsTooVagueToContradictAnExactAge() {
		assertThat(find("Both leaders are in their 70s.")).singleElement().satisfies(q -> {
			assertThat(q.unit()).isEqualTo(CountFinder.AGE_UNIT);
			assertThat(q.vague()).isTrue();
		});
	}

	@ParameterizedTest(name = "nothing counted in: {0}")
	@CsvSource(delimiter = '|', textBlock = """
			The truck carried 2,763 pounds of marijuana.
			The shelter is 10 miles away.
			One was arrested and one wants a lawyer.
			One of her lawyers spoke.
			The pipe was 6 inches long.
			Two-thirds of the members voted to override.
			The bill lets families of Sept. 11 victims sue.
			It helps 9/11 families.
			Both parties look ahead to the 2018 elections.
			The Yankees won 5-3.
			The council voted to cut the board from 15 to 9.
			""")
	void countsNoMeasureAndNoPronoun(String sentence) {
		assertThat(find(sentence)).filteredOn(q -> q.kind() != QuantityKind.DATE).isEmpty();
	}

}
