-- What made a first search slow (EXPLAIN (ANALYZE, BUFFERS) on 10,004 article entries, SearchBenchmarkTest):
-- * a snippet: ts_headline parses the whole text it is given, about 2 ms an article body, 40 ms for a page of
--   articles. A body longer than 1,000 characters is now also kept a line at a time (search_passage, each line's
--   words in a small vector of its own), so that a snippet is cut from the first lines that match, or else from the
--   body's first 1,000 characters (SearchQueries), never from a whole article;
-- * the counts: each match counted is a visit to its row (up to 1,001 a kind, five kinds). How many entries of a
--   kind hold a word is now counted at import, a story at a time (search_term, from ts_stat), so that a search for
--   one word (most searches) reads its counts from an index, whatever their size.
-- Both are written by search_derive_story, which the import calls right after search_index_story, in its
-- transaction.

create table search_passage (
    entry_id  bigint  not null references search_entry (id) on delete cascade,
    position  integer not null,
    text      text    not null,
    words     tsvector generated always as (to_tsvector('parallax_english', text)) stored,
    primary key (entry_id, position)
);

create table search_term (
    story_id  bigint  not null references story (id) on delete cascade,
    kind      text    not null,
    lexeme    text    not null,
    -- how many of the story's entries of this kind hold the word (as @@ finds them)
    entries   integer not null,
    primary key (lexeme, kind, story_id)
);

create index search_term_story_idx on search_term (story_id);

-- What a story's entries give the search besides themselves, written again whole: their passages and the story's
-- word counts. Called after search_index_story (SearchIndex), and by anything else that writes entries (the
-- benchmark's copies).
create function search_derive_story(target_story bigint) returns integer
language sql as $$
    delete from search_passage p using search_entry e where e.id = p.entry_id and e.story_id = target_story;

    insert into search_passage (entry_id, position, text)
    select e.id, line.position, line.text
    from search_entry e, regexp_split_to_table(e.body, E'\n') with ordinality line(text, position)
    where e.story_id = target_story and length(e.body) > 1000 and line.text <> '';

    delete from search_term where story_id = target_story;

    insert into search_term (story_id, kind, lexeme, entries)
    select target_story, k.kind, w.word, w.ndoc
    from (values ('STORY'), ('ARTICLE'), ('QUOTE'), ('CLAIM'), ('ENTITY')) k(kind),
         ts_stat(format('select document from search_entry where story_id = %s and kind = %L', target_story, k.kind)) w;

    select count(*)::integer from search_term where story_id = target_story;
$$;

select search_derive_story(id) from story;
