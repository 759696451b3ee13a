package io.parallax.summary;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import io.parallax.summary.TimelineWriter.DateMention;
import io.parallax.summary.TimelineWriter.Event;
import org.junit.jupiter.api.Test;

/**
 * An article with no date of its own cannot say which Wednesday it means; when another article dates the same
 * claim in the same words, its mention is that event, not another undated one.
 */
class TimelineWriterTest {

	private static final LocalDate WEDNESDAY = LocalDate.of(2025, 8, 6);

	@Test
	void anUndatedMentionOfAClaimAnotherArticleDatesInTheSameWordsJoinsThatEvent() {
		Event dated = event(WEDNESDAY, "on Wednesday", 7L, 1L);
		Event undated = event(null, "Wednesday", 7L, 2L);
		Event otherClaim = event(null, "Wednesday", 8L, 2L);
		Event otherWords = event(null, "last month", 7L, 3L);
		List<Event> events = TimelineWriter.datedWhereAnotherArticleDatesThem(List.of(dated, undated, otherClaim,
				otherWords));
		assertThat(events).containsExactly(dated, otherClaim, otherWords);
		assertThat(dated.mentions()).extracting(DateMention::articleId).containsExactly(1L, 2L);
	}

	@Test
	void anUndatedMentionStaysApartWhenTheSameWordsDateTheClaimTwice() {
		// two articles published a week apart: "Wednesday" is two days
		Event first = event(WEDNESDAY, "Wednesday", 7L, 1L);
		Event second = event(WEDNESDAY.plusWeeks(1), "Wednesday", 7L, 2L);
		Event undated = event(null, "Wednesday", 7L, 3L);
		assertThat(TimelineWriter.datedWhereAnotherArticleDatesThem(List.of(first, second, undated)))
			.containsExactly(first, second, undated);
	}

	private static Event event(LocalDate date, String text, Long claim, Long article) {
		DateMention mention = new DateMention(date, date == null ? null : "DAY", text, claim, article, article * 100,
				"The talks were held " + text + ".", 0, text.length(), 1);
		List<DateMention> mentions = new ArrayList<>();
		mentions.add(mention);
		return new Event(mention, mentions);
	}

}
