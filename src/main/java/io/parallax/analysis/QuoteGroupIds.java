package io.parallax.analysis;

import java.util.HashMap;
import java.util.Map;
import java.util.Set;

import io.parallax.system.MemberIdentity;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Keeps a quoted statement's id when its story's quotes are grouped again ({@link MemberIdentity}): a statement is
 * known by its quotes, each an article's file and the quoted words, which survive a re-import of an unchanged or
 * lightly edited article and an editor's correction. A statement that is gone is remembered with the one that took
 * most of its quotes, so that its address leads there (or says that it is gone).
 */
@Component
class QuoteGroupIds {

	private static final char SEPARATOR = '\u001f';

	private final JdbcTemplate jdbc;

	QuoteGroupIds(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** A quote as a member of its statement: the article's file, a unit separator, the words. */
	static String key(String file, String text) {
		return file + SEPARATOR + text;
	}

	/** The story's statements before they are grouped again: each one's quotes, and its words. */
	record Previous(Map<Long, Set<String>> members, Map<Long, String> texts) {
	}

	Previous previous(Long storyId) {
		Map<Long, Set<String>> members = new HashMap<>();
		Map<Long, String> texts = new HashMap<>();
		jdbc.query("select id, text, member_keys from quote_group where story_id = ?", rs -> {
			texts.put(rs.getLong(1), rs.getString(2));
			members.put(rs.getLong(1), Set.of((String[]) rs.getArray(3).getArray()));
		}, storyId);
		return new Previous(members, texts);
	}

	/** Old statements not kept are remembered, with the statement that took most of their quotes. */
	void retire(Long storyId, Previous previous, MemberIdentity.Matching matching, Map<Integer, Long> newIds) {
		MemberIdentity.remember(jdbc, "quote_group_retired", "text", storyId,
				MemberIdentity.retired(previous.texts(), matching, newIds::get));
	}

}
