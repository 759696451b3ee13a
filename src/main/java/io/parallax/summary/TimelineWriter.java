package io.parallax.summary;

import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import io.parallax.text.Datelines;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Builds the story's timeline from the dates the analysis found: an event is a claim (or a sentence that states
 * no shared claim) on a date at a precision; the same event on the same date across articles is one entry with all
 * its mentions, described by the first mention's own sentence (the one that holds the date phrase). A sentence is
 * placed once, at the date that dates it ({@link SentenceDate}). Dates that could not be resolved (no publication
 * date to count from) make the undated events, listed apart.
 */
@Component
class TimelineWriter {

	private final JdbcTemplate jdbc;

	TimelineWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** @param sentencePosition the sentence's place in its article, from 0 */
	record DateMention(LocalDate date, String precision, String text, Long claimId, Long articleId,
			Long sentenceId, String sentence, int start, int end, int sentencePosition) implements SentenceDate.Mention {

		@Override
		public boolean dated() {
			return date != null;
		}

		String eventKey() {
			String what = claimId != null ? "claim " + claimId : "sentence " + sentenceId;
			return (date != null ? date + " " + precision : "undated " + text.toLowerCase()) + " " + what;
		}

	}

	record Event(DateMention first, List<DateMention> mentions) {
	}

	void replace(Long storyId) {
		jdbc.update("delete from timeline_event where story_id = ?", storyId);
		Map<String, Event> events = new LinkedHashMap<>();
		for (DateMention mention : oneDatePerSentence(dateMentions(storyId))) {
			events.computeIfAbsent(mention.eventKey(), k -> new Event(mention, new ArrayList<>())).mentions().add(mention);
		}
		List<Event> ordered = new ArrayList<>(datedWhereAnotherArticleDatesThem(events.values()));
		ordered.sort(Comparator.comparing((Event e) -> e.first().date(), Comparator.nullsLast(Comparator.naturalOrder()))
			.thenComparing(e -> -e.mentions().size()));
		for (int position = 0; position < ordered.size(); position++) {
			store(storyId, position, ordered.get(position));
		}
	}

	/**
	 * An undated mention (its article gives no date to count "on Wednesday" from) of a claim that another article
	 * dates in the same words is that event: it joins it rather than be listed again among the undated. Only when
	 * the words name one dated event of the claim.
	 */
	static List<Event> datedWhereAnotherArticleDatesThem(Collection<Event> events) {
		Map<String, List<Event>> dated = new LinkedHashMap<>();
		for (Event event : events) {
			if (event.first().dated() && event.first().claimId() != null) {
				dated.computeIfAbsent(sameWords(event.first()), k -> new ArrayList<>()).add(event);
			}
		}
		List<Event> kept = new ArrayList<>();
		for (Event event : events) {
			List<Event> same = event.first().dated() || event.first().claimId() == null ? List.of()
					: dated.getOrDefault(sameWords(event.first()), List.of());
			if (same.size() == 1) {
				same.get(0).mentions().addAll(event.mentions());
			}
			else {
				kept.add(event);
			}
		}
		return kept;
	}

	/** A claim and its date's words, without "on" and case: "on Wednesday" and "Wednesday" are the same words. */
	private static String sameWords(DateMention mention) {
		return mention.claimId() + " " + mention.text().toLowerCase(Locale.ROOT).replaceFirst("^on\\s+", "").strip();
	}

	private void store(Long storyId, int position, Event event) {
		DateMention first = event.first();
		Long id = jdbc.queryForObject("""
				insert into timeline_event (story_id, event_date, precision, date_text, description, claim_id, position)
				values (?, ?, ?, ?, ?, ?, ?) returning id""", Long.class, storyId,
				first.date() == null ? null : Date.valueOf(first.date()), first.precision(), first.text(),
				Datelines.withoutDateline(first.sentence(), first.sentencePosition()), first.claimId(), position);
		jdbc.batchUpdate("insert into timeline_mention (event_id, article_id, sentence_id) values (?, ?, ?) "
				+ "on conflict do nothing",
				event.mentions().stream().map(m -> new Object[] { id, m.articleId(), m.sentenceId() }).toList());
	}

	private static List<DateMention> oneDatePerSentence(List<DateMention> mentions) {
		Map<Long, List<DateMention>> bySentence = new LinkedHashMap<>();
		mentions.forEach(m -> bySentence.computeIfAbsent(m.sentenceId(), id -> new ArrayList<>()).add(m));
		List<DateMention> chosen = new ArrayList<>();
		bySentence.values()
			.forEach(dates -> SentenceDate.of(dates.get(0).sentence(), dates).ifPresent(chosen::add));
		return chosen;
	}

	private List<DateMention> dateMentions(Long storyId) {
		return jdbc.query("""
				select q.resolved_date, q.precision, q.text, c.id, q.article_id, q.sentence_id, s.text,
				       q.start_offset, q.end_offset, s.position
				from quantity q join article a on a.id = q.article_id join sentence s on s.id = q.sentence_id
				left join lateral (select c.id from claim_member m join claim c on c.id = m.claim_id
				                   where m.sentence_id = q.sentence_id and c.article_count > 1
				                   order by c.article_count desc, c.position limit 1) c on true
				where a.story_id = ? and a.retired_at is null and q.kind = 'DATE'
				order by a.source_file, s.position, q.start_offset""", (rs, n) -> {
			long claim = rs.getLong(4);
			boolean noClaim = rs.wasNull();
			return new DateMention(rs.getObject(1, LocalDate.class), rs.getString(2), rs.getString(3),
					noClaim ? null : claim, rs.getLong(5), rs.getLong(6), rs.getString(7), rs.getInt(8), rs.getInt(9),
					rs.getInt(10));
		}, storyId);
	}

}
