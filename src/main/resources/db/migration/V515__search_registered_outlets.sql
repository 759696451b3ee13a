-- The search entries' outlets, and the outlet in an article's searchable words, are the outlet every page shows:
-- an editor's, else the registry's (V302), else the parsed one. V500 left out the registry's, so that an outlet
-- named on /admin/outlets was shown everywhere but could not be searched for or filtered on.
create or replace function search_index_story(target_story bigint) returns integer
language sql as $$
    delete from search_entry where story_id = target_story;

    insert into search_entry (story_id, kind, target_id, title, body, extra, outlets)
    select s.id, 'STORY', s.id, s.title,
           coalesce((select string_agg(st.text, ' ' order by ss.rank)
                     from story_summary_sentence ss join sentence st on st.id = ss.sentence_id
                     where ss.story_id = s.id), ''),
           '',
           coalesce((select array_agg(distinct coalesce(a.curated_outlet, a.registered_outlet, a.outlet)) from article a
                     where a.story_id = s.id and a.retired_at is null
                       and coalesce(a.curated_outlet, a.registered_outlet, a.outlet) is not null), '{}')
    from story s where s.id = target_story;

    insert into search_entry (story_id, kind, target_id, title, body, extra, outlets)
    select a.story_id, 'ARTICLE', a.id, a.headline,
           concat_ws(E'\n', a.standfirst,
                     (select string_agg(p.text, E'\n' order by p.position) from article_paragraph p
                      where p.article_id = a.id)),
           concat_ws(' ', a.byline, coalesce(a.curated_outlet, a.registered_outlet, a.outlet),
                     (select string_agg(distinct concat_ws(' ', e.name, array_to_string(e.aliases, ' ')), ' ')
                      from entity_mention m join entity e on e.id = m.entity_id where m.article_id = a.id)),
           case when coalesce(a.curated_outlet, a.registered_outlet, a.outlet) is null then '{}'
                else array[coalesce(a.curated_outlet, a.registered_outlet, a.outlet)] end
    from article a where a.story_id = target_story and a.retired_at is null;

    insert into search_entry (story_id, kind, target_id, title, body, extra, outlets)
    select g.story_id, 'QUOTE', g.id, coalesce(g.speaker, ''), g.text, coalesce(g.venue, ''),
           coalesce((select array_agg(distinct coalesce(a.curated_outlet, a.registered_outlet, a.outlet)) from quote q
                     join article a on a.id = q.article_id
                     where q.group_id = g.id and a.retired_at is null
                       and coalesce(a.curated_outlet, a.registered_outlet, a.outlet) is not null), '{}')
    from quote_group g where g.story_id = target_story;

    insert into search_entry (story_id, kind, target_id, title, body, extra, outlets)
    select c.story_id, 'CLAIM', c.id, c.statement, '', '',
           coalesce((select array_agg(distinct coalesce(a.curated_outlet, a.registered_outlet, a.outlet)) from claim_member cm
                     join article a on a.id = cm.article_id
                     where cm.claim_id = c.id and a.retired_at is null
                       and coalesce(a.curated_outlet, a.registered_outlet, a.outlet) is not null), '{}')
    from claim c where c.story_id = target_story;

    insert into search_entry (story_id, kind, target_id, title, body, extra, outlets)
    select e.story_id, 'ENTITY', e.id, e.name, array_to_string(e.roles, ', '), array_to_string(e.aliases, ' '),
           coalesce((select array_agg(distinct coalesce(a.curated_outlet, a.registered_outlet, a.outlet)) from entity_mention m
                     join article a on a.id = m.article_id
                     where m.entity_id = e.id and a.retired_at is null
                       and coalesce(a.curated_outlet, a.registered_outlet, a.outlet) is not null), '{}')
    from entity e where e.story_id = target_story and e.article_count > 0;

    select count(*)::integer from search_entry where story_id = target_story;
$$;

select search_index_story(id), search_derive_story(id) from story;
