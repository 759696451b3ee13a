-- What an admin sets where the text does not say: kept apart from the parsed values, which an import rewrites,
-- so that a curation survives every re-import.
alter table article
    add column curated_outlet       text,
    add column curated_outlet_url   text,
    add column curated_published_on date,
    add column curated_by           text,
    add column curated_at           timestamptz;

-- Articles uploaded by an admin belong to no folder: a folder import never retires them.
alter table article add column uploaded boolean not null default false;
