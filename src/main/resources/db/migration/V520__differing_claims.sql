-- "Where the articles differ" lists the claims with a firm difference and those with one worth checking: both are
-- differences a journalist looks at, the badge tells them apart. Whether a claim differs follows from what is
-- stored with it, so PostgreSQL derives it; the lists count it at import like the others.
alter table claim add column differs boolean not null
    generated always as (agreement = 'DISCREPANT' or cardinality(checking_kinds) > 0) stored;
create index claim_story_differing_idx on claim (story_id, position) where differs;

alter table claim_tally add column differing integer not null default 0;
alter table claim_entity_tally add column differing integer not null default 0;
update claim_tally t set differing = (select count(*) from claim c where c.story_id = t.story_id and c.differs);
update claim_entity_tally t set differing = (select count(*) from claim_entity ce join claim c on c.id = ce.claim_id
    where ce.entity_id = t.entity_id and c.story_id = t.story_id and c.differs);
