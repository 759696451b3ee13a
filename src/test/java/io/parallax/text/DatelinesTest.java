package io.parallax.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class DatelinesTest {

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = '|', textBlock = """
			WASHINGTON — The Senate voted on Wednesday.            | The Senate voted on Wednesday.
			WASHINGTON -- The Senate voted on Wednesday.           | The Senate voted on Wednesday.
			DANVILLE, Ky. –- Joe Biden spoke first.                 | Joe Biden spoke first.
			NEW YORK (AP) — Stocks fell.                           | Stocks fell.
			SAN JUAN, Puerto Rico — The storm passed.              | The storm passed.
			The Senate voted on Wednesday.                         | The Senate voted on Wednesday.
			NATO — the alliance — met in Brussels.                 | NATO — the alliance — met in Brussels.
			I — for one — disagree.                                | I — for one — disagree.
			US-Russia talks — a first in years — began.            | US-Russia talks — a first in years — began.
			U.S. - China trade talks resumed.                      | U.S. - China trade talks resumed.
			""")
	void dropsTheDatelineAStoryOpensWith(String sentence, String shown) {
		assertThat(Datelines.withoutDateline(sentence)).isEqualTo(shown);
		assertThat(Datelines.withoutDateline(sentence, 0)).isEqualTo(shown);
	}

	@Test
	void onlyTheArticlesFirstSentenceHasADateline() {
		assertThat(Datelines.withoutDateline("FBI — The bureau said it would look again.", 7))
			.isEqualTo("FBI — The bureau said it would look again.");
	}

}
