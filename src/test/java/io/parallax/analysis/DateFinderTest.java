package io.parallax.analysis;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import io.parallax.stories.ArticleText;
import io.parallax.stories.ArticleText.SentenceText;
import org.junit.jupiter.api.Test;

/**
 * Relative dates against a publication date on a Thursday (6 March 2025).
 */
class DateFinderTest {

	private static final LocalDate THURSDAY = LocalDate.of(2025, 3, 6);

	private List<FoundQuantity> dates(String sentence, LocalDate published) {
		ArticleText article = new ArticleText(1L, 1L, "a.txt", "", null, published,
				List.of(new SentenceText(1L, 0, 0, 0, sentence)));
		return new DateFinder().find(article, article.sentences().get(0));
	}

	@Test
	void takesAPastWeekdayForAnEventAndTheNextOneForADeadline() {
		assertThat(dates("The talks ended on Tuesday.", THURSDAY)).extracting(FoundQuantity::resolvedDate)
			.containsExactly(LocalDate.of(2025, 3, 4));
		assertThat(dates("The deadline expires on Saturday.", THURSDAY)).extracting(FoundQuantity::resolvedDate)
			.containsExactly(LocalDate.of(2025, 3, 8));
		assertThat(dates("A vote is due by Monday.", THURSDAY)).extracting(FoundQuantity::resolvedDate)
			.containsExactly(LocalDate.of(2025, 3, 10));
	}

	@Test
	void resolvesMonthsAndRelativePeriods() {
		assertThat(dates("Prices rose last month and again in January.", THURSDAY))
			.extracting(FoundQuantity::resolvedDate)
			.containsExactlyInAnyOrder(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 1, 1));
	}

	@Test
	void keepsRelativeDatesAsWrittenWithoutAPublicationDate() {
		assertThat(dates("The talks ended on Tuesday.", null)).singleElement().satisfies(date -> {
			assertThat(date.text()).isEqualTo("on Tuesday");
			assertThat(date.resolvedDate()).isNull();
		});
	}

	@Test
	void readsFullDates() {
		assertThat(dates("They last met in June 2021 and on 3 March 2024.", null))
			.extracting(FoundQuantity::resolvedDate)
			.contains(LocalDate.of(2021, 6, 1), LocalDate.of(2024, 3, 3));
	}

}
