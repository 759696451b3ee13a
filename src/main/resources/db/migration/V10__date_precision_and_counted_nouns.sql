-- A date keeps the precision the text gives it (a month is a month, not its first day), and an amount given only
-- by its order of magnitude ("hundreds of") is marked, so that no exact figure is taken to contradict it. A count's
-- unit now holds the noun it counts.

alter table quantity add column precision text
    check (precision in ('DAY', 'WEEK', 'MONTH', 'SEASON', 'YEAR', 'DECADE'));
alter table quantity add column vague boolean not null default false;

-- Dates stored before this version kept their precision in the unit column.
update quantity set precision = upper(unit), unit = null
where kind = 'DATE' and upper(unit) in ('DAY', 'WEEK', 'MONTH', 'YEAR');
update quantity set precision = 'DAY' where kind = 'DATE' and precision is null;
update timeline_event set precision = upper(precision) where precision is not null;

-- Read every article again with the new finders: stories whose articles have no analysis are analysed at start-up.
delete from article_analysis;
