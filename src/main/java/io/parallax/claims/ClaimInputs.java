package io.parallax.claims;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import io.parallax.analysis.AnalysisFacts;
import io.parallax.analysis.SentenceFacts;
import io.parallax.text.ContentWords;
import io.parallax.text.SentenceEmbedder;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * Reads what the comparison needs of a story: every current sentence with its embedding and its analysis.
 */
@Component
class ClaimInputs {

	private final JdbcClient jdbc;

	private final AnalysisFacts facts;

	ClaimInputs(JdbcClient jdbc, AnalysisFacts facts) {
		this.jdbc = jdbc;
		this.facts = facts;
	}

	List<ClaimSentence> of(Long storyId) {
		Map<Long, SentenceFacts> analysis = facts.ofStory(storyId);
		List<ClaimSentence> sentences = new ArrayList<>();
		jdbc.sql("""
				select s.id, s.article_id, s.position, s.paragraph_position, s.text, array_send(e.vector)
				from sentence s join article a on a.id = s.article_id join sentence_embedding e on e.sentence_id = s.id
				where a.story_id = ? and a.retired_at is null order by a.source_file, s.position""").param(storyId)
			.query(rs -> {
				Long id = rs.getLong(1);
				String text = rs.getString(5);
				SentenceFacts found = analysis.getOrDefault(id, new SentenceFacts(id, Set.of(), List.of(), List.of()));
				sentences.add(new ClaimSentence(id, rs.getLong(2), rs.getInt(3), rs.getInt(4), text,
						SentenceEmbedder.vector(rs.getBytes(6)), ContentWords.of(text), ClaimSentence.narrativeOf(text, found), found,
						ContentWords.negated(text)));
			});
		return sentences;
	}

	/** The day each of the story's articles was published, where its file or an editor gives one. */
	Map<Long, LocalDate> publishedOn(Long storyId) {
		Map<Long, LocalDate> days = new HashMap<>();
		jdbc.sql("""
				select id, coalesce(curated_published_on, published_on) from article
				where story_id = ? and retired_at is null""").param(storyId)
			.query(rs -> {
				LocalDate day = rs.getObject(2, LocalDate.class);
				if (day != null) {
					days.put(rs.getLong(1), day);
				}
			});
		return days;
	}

}
