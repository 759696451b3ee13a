-- When each claim was first seen as a disagreement (DISCREPANT: the articles give conflicting values for one of
-- its facts), for the story's feed of new disagreements. Kept apart from the claim rows, which a comparison writes
-- again (their ids stay, ClaimWriter), and without a foreign key to them for that reason: the feed reads only the
-- claims that exist and still disagree.
create table claim_disagreement (
    claim_id   bigint      not null primary key,
    story_id   bigint      not null references story (id) on delete cascade,
    first_seen timestamptz not null
);

create index claim_disagreement_story_idx on claim_disagreement (story_id, first_seen desc, claim_id desc);

-- The disagreements there already are were seen when their story last changed.
insert into claim_disagreement (claim_id, story_id, first_seen)
select c.id, c.story_id, s.changed_at from claim c join story s on s.id = c.story_id
where c.agreement = 'DISCREPANT';
