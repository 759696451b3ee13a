-- What the claims matrix and the claims API would otherwise aggregate per request, written with the claims at
-- import (claims/ClaimWriter), so that a page of claims reads only that page, whatever the story's size.

-- Per claim: how many articles leave it out, the slots its articles differ on (firm ones, and those only worth
-- checking), and the few articles that best show it (its differing values first), from which the matrix of a large
-- story picks its columns.
alter table claim
    add column omission_count integer  not null default 0,
    add column firm_kinds     text[]   not null default '{}',
    add column checking_kinds text[]   not null default '{}',
    add column lead_articles  bigint[] not null default '{}';

-- The matrix's filters read a range of one of these: every claim, the discrepant or single-source ones, or those
-- naming an entity; the cells read a page's claims for a few articles.
create index claim_story_agreement_idx on claim (story_id, agreement, position);
create index claim_member_claim_article_idx on claim_member (claim_id, article_id);
create index claim_omission_claim_article_idx on claim_omission (claim_id, article_id);

-- The claims whose sentences name an entity, in the story's claim order.
create table claim_entity (
    entity_id bigint  not null references entity (id) on delete cascade,
    claim_id  bigint  not null references claim (id) on delete cascade,
    position  integer not null,
    primary key (entity_id, claim_id)
);

create index claim_entity_position_idx on claim_entity (entity_id, position);
create index claim_entity_claim_idx on claim_entity (claim_id);

-- How many claims each filter of the matrix shows, for its paging: per story, and per entity of a story.
create table claim_tally (
    story_id      bigint  not null primary key references story (id) on delete cascade,
    claims        integer not null,
    shared        integer not null,
    discrepant    integer not null,
    single_source integer not null
);

create table claim_entity_tally (
    entity_id     bigint  not null primary key references entity (id) on delete cascade,
    story_id      bigint  not null references story (id) on delete cascade,
    claims        integer not null,
    shared        integer not null,
    discrepant    integer not null,
    single_source integer not null
);

create index claim_entity_tally_story_idx on claim_entity_tally (story_id, claims desc);

-- The claims stored before this migration get the same, so their pages work before the next comparison (on a new
-- database this runs before the later-numbered migrations, so it reads only the tables of V1-V12).
update claim c set
    omission_count = (select count(*) from claim_omission o where o.claim_id = c.id),
    firm_kinds     = array(select distinct d.kind from claim_difference d where d.claim_id = c.id and d.firm order by 1),
    checking_kinds = array(select distinct d.kind from claim_difference d where d.claim_id = c.id and not d.firm order by 1),
    lead_articles  = array(select distinct m.article_id from claim_member m where m.claim_id = c.id order by 1 limit 8);

insert into claim_entity (entity_id, claim_id, position)
select distinct e.entity_id, m.claim_id, c.position
from claim c join claim_member m on m.claim_id = c.id join entity_mention e on e.sentence_id = m.sentence_id
where e.entity_id is not null;

insert into claim_tally (story_id, claims, shared, discrepant, single_source)
select s.id, count(c.id), count(c.id) filter (where c.article_count > 1),
       count(c.id) filter (where c.agreement = 'DISCREPANT'), count(c.id) filter (where c.agreement = 'SINGLE_SOURCE')
from story s left join claim c on c.story_id = s.id group by s.id;

insert into claim_entity_tally (entity_id, story_id, claims, shared, discrepant, single_source)
select ce.entity_id, c.story_id, count(*), count(*) filter (where c.article_count > 1),
       count(*) filter (where c.agreement = 'DISCREPANT'), count(*) filter (where c.agreement = 'SINGLE_SOURCE')
from claim_entity ce join claim c on c.id = ce.claim_id group by ce.entity_id, c.story_id;
