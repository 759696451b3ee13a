-- A claim's page and the story's overlaps read a page at a time (web/ClaimPageController, ClaimApiController).

-- How many pairs of articles share near-identical sentences, counted at import with the claims, for the overlaps'
-- paging; the claims stored before this migration get theirs now.
alter table claim_tally add column overlap_pairs integer not null default 0;

update claim_tally t set overlap_pairs = (select count(*) from article_overlap o where o.story_id = t.story_id);

-- A page of a story's overlaps, most shared sentences first: a range of this index.
create index article_overlap_story_order_idx on article_overlap (story_id, shared_sentences desc, article_a, article_b);

-- A claim's differing values, grouped by slot and value.
create index if not exists claim_difference_claim_idx on claim_difference (claim_id, kind, value);
