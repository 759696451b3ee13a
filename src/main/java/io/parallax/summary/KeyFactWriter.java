package io.parallax.summary;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Stores a story's key facts: its numbers, most widely given first, with the values of the same kind other articles
 * give for the same claim (a sum's other sums, not the durations the claim's sentences also give): a claim that
 * gives the fact itself, its number of the same thing ("four trips" is not a claim of "four provinces"), and only
 * the other values of that thing ("a dozen relatives" has no other value "47-page" because one claim gives both).
 * Computed once per comparison rather than per request, since it scans every quantity of the story.
 */
@Component
class KeyFactWriter {

	static final int MAX_FACTS = 12;

	private final JdbcTemplate jdbc;

	KeyFactWriter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	void replace(Long storyId) {
		jdbc.update("delete from key_fact where story_id = ?", storyId);
		jdbc.update("""
				insert into key_fact (story_id, rank, kind, text, value, unit, article_ids, differing_values)
				select ?, row_number() over (order by f.articles desc, f.kind, f.value) - 1, f.kind, f.text, f.value,
				       f.unit, f.ids, f.differing
				from (select q.kind, min(q.text) as text, q.value, q.unit, count(distinct q.article_id) as articles,
				             array_agg(distinct q.article_id order by q.article_id) as ids,
				             array(select distinct d.value from claim_difference d join claim c on c.id = d.claim_id
				                   join claim_member m on m.claim_id = d.claim_id and m.article_id = d.article_id
				                   where c.story_id = ? and d.kind = 'NUMBER' and d.value <> min(q.text)
				                     and exists (select 1 from quantity q3 where q3.sentence_id = m.sentence_id
				                                 and q3.kind = q.kind and q3.text = d.value
				                                 -- "four trips" and "the fifth trip" count one thing
				                                 and regexp_replace(lower(q3.unit), 's$', '')
				                                     is not distinct from regexp_replace(lower(q.unit), 's$', ''))
				                     and exists (select 1 from claim_member m2
				                                 join quantity q2 on q2.sentence_id = m2.sentence_id
				                                 where m2.claim_id = c.id and q2.kind = q.kind and q2.value = q.value
				                                   and q2.unit is not distinct from q.unit)
				                   order by 1) as differing
				      from quantity q join article a on a.id = q.article_id
				      where a.story_id = ? and a.retired_at is null and q.kind in ('MONEY', 'PERCENT', 'COUNT', 'DURATION')
				        and q.value is not null
				        -- a rank is no amount ("the third national security adviser"), nor is "a day" one
				        and q.text !~* ('^(the\\s+)?(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth'
				                        || '|\\d+(st|nd|rd|th))\\M')
				        and q.text !~* '^an?\\s+\\w+$'
				      group by q.kind, q.value, q.unit
				      order by count(distinct q.article_id) desc, q.kind, q.value limit ?) f""", storyId, storyId, storyId,
				MAX_FACTS);
	}

}
