-- A search's cost bounded by what it shows, not by how many entries match (SearchCatalog):
-- * counts stop at a cap, one kind at a time: a GIN index on (kind, document) (btree_gin, a trusted extension the
--   database's owner may create) finds one kind's matches without reading the others';
-- * the ranked candidates are the title matches first: the title's words in a vector of their own, indexed the
--   same way. The old document-only index is replaced (the new one answers document-only queries too).
create extension if not exists btree_gin;

alter table search_entry
    add column title_document tsvector generated always as (to_tsvector('parallax_english', title)) stored;

drop index search_entry_document_idx;
create index search_entry_kind_document_idx on search_entry using gin (kind, document);
create index search_entry_kind_title_idx on search_entry using gin (kind, title_document);
