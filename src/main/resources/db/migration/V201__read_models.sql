-- What the pages would otherwise aggregate per request, written at import by the stage that computes it.

-- A story's version: every import, upload or curation that changes the story takes the next number. Pages and API
-- responses carry it in their ETag, and the server-side page cache keys on it, so every instance sees a change
-- as soon as its transaction commits.
create sequence story_version_seq;

alter table story
    add column version       bigint      not null default nextval('story_version_seq'),
    add column changed_at    timestamptz not null default now(),
    add column article_count integer     not null default 0,
    add column outlet_count  integer     not null default 0;

create index story_version_idx on story (version);
create index story_listing_idx on story (title, id);

-- A current article's place in its story's reading order (date, then file name), so that pages read one range.
alter table article add column story_position integer;
create index article_story_position_idx on article (story_id, story_position) where story_position is not null;

update article a set story_position = o.position
from (select id, row_number() over (partition by story_id
                                    order by coalesce(curated_published_on, published_on) asc nulls last, source_file) - 1
             as position
      from article where retired_at is null) o
where a.id = o.id;

update story s
set article_count = (select count(*) from article a where a.story_id = s.id and a.retired_at is null),
    outlet_count  = (select count(distinct coalesce(a.curated_outlet, a.outlet)) from article a
                     where a.story_id = s.id and a.retired_at is null);

-- Each current article's share of its story's claims, and the articles it shares most near-identical sentences with.
create table article_coverage (
    article_id     bigint    not null primary key references article (id) on delete cascade,
    story_id       bigint    not null references story (id) on delete cascade,
    claims         integer   not null,
    alone          integer   not null,
    omits          integer   not null,
    rewrite_count  integer   not null,
    rewrite_ids    bigint[]  not null,
    rewrite_shared integer[] not null
);

create index article_coverage_story_idx on article_coverage (story_id);

-- The story's numbers, most widely given first.
create table key_fact (
    story_id         bigint   not null references story (id) on delete cascade,
    rank             integer  not null,
    kind             text     not null,
    text             text     not null,
    value            numeric  not null,
    unit             text,
    article_ids      bigint[] not null,
    differing_values text[]   not null,
    primary key (story_id, rank)
);

-- How many current articles name an entity (the entities page shows it for every row).
alter table entity add column article_count integer not null default 0;

update entity e set article_count = (select count(distinct m.article_id) from entity_mention m
                                     join article a on a.id = m.article_id
                                     where m.entity_id = e.id and a.retired_at is null);

-- Sentence vectors by the sentence's text, so that a sentence is embedded once: identical sentences across articles
-- and re-imports reuse the stored vector.
create table text_embedding (
    sha256 bytea  not null primary key,
    vector real[] not null
);

insert into text_embedding (sha256, vector)
select distinct on (sha256(convert_to(s.text, 'UTF8'))) sha256(convert_to(s.text, 'UTF8')), e.vector
from sentence s join sentence_embedding e on e.sentence_id = s.id
on conflict do nothing;
