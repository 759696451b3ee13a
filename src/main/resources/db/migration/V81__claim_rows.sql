-- The claims CSV has one row per claim and article that reports it or leaves it out, and is read a page of rows at
-- a time. Each claim's first row's number in its story's list, counted at import, lets a page find its claims by a
-- range of an index instead of counting the rows of every claim before it.
alter table claim add column first_row integer not null default 0;

alter table claim_tally add column claim_rows integer not null default 0;

update claim c set first_row = r.first_row
from (select id, coalesce(sum(article_count + omission_count) over (partition by story_id order by position
                                rows between unbounded preceding and 1 preceding), 0) as first_row
      from claim) r
where r.id = c.id;

update claim_tally t set claim_rows = (select coalesce(sum(c.article_count + c.omission_count), 0)
                                       from claim c where c.story_id = t.story_id);

create index claim_story_first_row_idx on claim (story_id, first_row);
