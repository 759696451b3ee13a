-- A difference is firm (two values for the same slot of one fact: a flag) or worth checking (how sure, a vague
-- time ahead). Only firm differences make a claim DISCREPANT.
alter table claim_difference add column firm boolean not null default true;
