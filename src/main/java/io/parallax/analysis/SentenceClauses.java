package io.parallax.analysis;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import io.parallax.text.TokenTagger;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The facts a story's sentences state, one clause each ({@link ClauseSplitter}), for the claim comparison: split
 * once, when an article is analysed, and stored, so that comparing a story again (after every import into it) reads
 * them rather than tagging every sentence anew.
 */
@Service
public class SentenceClauses {

	private final JdbcClient jdbc;

	private final TokenTagger tagger;

	SentenceClauses(JdbcClient jdbc, TokenTagger tagger) {
		this.jdbc = jdbc;
		this.tagger = tagger;
	}

	/**
	 * @return the stored clauses of the story's current sentences, in order, by sentence id; a sentence analysed
	 *     before clauses were stored (or whose article's analysis failed) has none
	 */
	@Transactional(readOnly = true)
	public Map<Long, List<String>> ofStory(Long storyId) {
		Map<Long, List<String>> clauses = new HashMap<>();
		jdbc.sql("""
				select c.sentence_id, c.text from sentence_clause c join sentence s on s.id = c.sentence_id
				join article a on a.id = s.article_id
				where a.story_id = ? and a.retired_at is null order by c.sentence_id, c.position""").param(storyId)
			.query(rs -> {
				clauses.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>()).add(rs.getString(2));
			});
		return clauses;
	}

	/** Splits a sentence now, as its analysis does: for a sentence that has no stored clauses. */
	public List<String> split(String sentence) {
		return ClauseSplitter.split(sentence, tagger.tag(sentence));
	}

}
