package io.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.analysis.SentenceFacts.Quantity;
import io.parallax.analysis.SentenceFacts.QuoteFact;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the analysis of a story sentence by sentence, in three queries, for the claim comparison.
 */
@Service
@Transactional(readOnly = true)
public class AnalysisFacts {

	private final JdbcClient jdbc;

	AnalysisFacts(JdbcClient jdbc) {
		this.jdbc = jdbc;
	}

	public Map<Long, SentenceFacts> ofStory(Long storyId) {
		Map<Long, Set<Long>> entities = new HashMap<>();
		Map<Long, Set<Long>> people = new HashMap<>();
		Map<Long, Set<String>> places = new HashMap<>();
		Map<Long, List<Quantity>> quantities = new HashMap<>();
		Map<Long, List<QuoteFact>> quotes = new HashMap<>();
		jdbc.sql("""
				select m.sentence_id, m.entity_id, e.kind, e.name
				from entity_mention m join article a on a.id = m.article_id join entity e on e.id = m.entity_id
				where a.story_id = ? and a.retired_at is null""").param(storyId)
			.query(rs -> {
				entities.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
				if ("PERSON".equals(rs.getString(3))) {
					people.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getLong(2));
				}
				if ("PLACE".equals(rs.getString(3))) {
					places.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(4));
				}
			});
		jdbc.sql("""
				select q.sentence_id, q.kind, q.text, q.value, q.unit, q.resolved_date, q.precision, q.vague
				from quantity q join article a on a.id = q.article_id
				where a.story_id = ? and a.retired_at is null order by q.sentence_id, q.start_offset""").param(storyId)
			.query(rs -> {
				quantities.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new Quantity(rs.getString(2), rs.getString(3), rs.getBigDecimal(4), rs.getString(5),
							rs.getObject(6, java.time.LocalDate.class), rs.getString(7), rs.getBoolean(8)));
			});
		jdbc.sql("""
				select q.sentence_id, q.group_id, q.text, q.speaker_entity_id, q.speaker
				from quote q join article a on a.id = q.article_id
				where a.story_id = ? and a.retired_at is null order by q.sentence_id, q.start_offset""").param(storyId)
			.query(rs -> {
				quotes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new QuoteFact(AnalysisCatalog.nullableLong(rs, 2), rs.getString(3),
							AnalysisCatalog.nullableLong(rs, 4), rs.getString(5)));
			});
		Map<Long, List<QuoteFact>> runningQuotes = new HashMap<>();
		jdbc.sql("""
				select s.id, q.group_id, q.text, q.speaker_entity_id, q.speaker
				from quote q join article a on a.id = q.article_id join sentence f on f.id = q.sentence_id
				join sentence s on s.article_id = q.article_id and s.paragraph_position = f.paragraph_position
					and s.position > f.position
					and s.start_offset < f.start_offset + q.end_offset
				where a.story_id = ? and a.retired_at is null order by s.id, q.start_offset""").param(storyId)
			.query(rs -> {
				runningQuotes.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
					.add(new QuoteFact(AnalysisCatalog.nullableLong(rs, 2), rs.getString(3),
							AnalysisCatalog.nullableLong(rs, 4), rs.getString(5)));
			});
		Set<Long> sentences = new HashSet<>(entities.keySet());
		sentences.addAll(quantities.keySet());
		sentences.addAll(quotes.keySet());
		sentences.addAll(runningQuotes.keySet());
		Map<Long, SentenceFacts> facts = new HashMap<>();
		for (Long id : sentences) {
			facts.put(id, new SentenceFacts(id, entities.getOrDefault(id, Set.of()), people.getOrDefault(id, Set.of()),
					quantities.getOrDefault(id, List.of()), quotes.getOrDefault(id, List.of()),
					places.getOrDefault(id, Set.of()), runningQuotes.getOrDefault(id, List.of())));
		}
		return facts;
	}

}
