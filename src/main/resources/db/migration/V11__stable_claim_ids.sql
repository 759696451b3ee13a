-- Claims keep their ids across re-comparisons (a claim whose sentences are mostly the same is the same claim), so
-- that a link to one stays good. A claim that no longer exists is remembered here: its address then leads to the
-- claim that took most of its sentences, or says that it is gone.
create table claim_retired (
    id           bigint      not null primary key,
    story_id     bigint      not null references story (id) on delete cascade,
    statement    text        not null,
    successor_id bigint,
    retired_at   timestamptz not null
);

create index claim_retired_story_idx on claim_retired (story_id);

-- What a claim was made of (each member's article file and sentence text), kept with the claim itself because a
-- re-import deletes a changed article's sentences, and the claim's member rows with them, before the story is
-- compared again.
alter table claim add column member_keys text[] not null default '{}';

-- Nor may a claim vanish with its representative sentence when that article is imported again: the comparison
-- that follows replaces it, and needs it to know what it was.
alter table claim alter column sentence_id drop not null;
alter table claim drop constraint claim_sentence_id_fkey;
alter table claim add constraint claim_sentence_id_fkey foreign key (sentence_id) references sentence (id) on delete set null;
