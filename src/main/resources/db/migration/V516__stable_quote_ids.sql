-- Quoted statements keep their ids when their story is analysed again (an upload, a re-import, an editor's
-- correction), as claims do (V11): a statement whose quotes are mostly the same is the same statement, so that a
-- link to /quotes/{id} stays good. What a statement was made of (each quote's article file and words) is kept with
-- it, because a re-import deletes a changed article's quotes before the story is analysed again; a statement that
-- no longer exists is remembered, and its address leads to the statement that took most of its quotes, or says
-- that it is gone.
alter table quote_group add column member_keys text[] not null default '{}';

update quote_group g set member_keys = coalesce(
    (select array_agg(a.source_file || chr(31) || q.text) from quote q join article a on a.id = q.article_id
     where q.group_id = g.id), '{}');

create table quote_group_retired (
    id           bigint      not null primary key,
    story_id     bigint      not null references story (id) on delete cascade,
    text         text        not null,
    successor_id bigint,
    retired_at   timestamptz not null
);

create index quote_group_retired_story_idx on quote_group_retired (story_id);
