-- A search's cost bounded by what it shows, not by how many entries match (SearchCatalog, SearchQueries):
-- * counts stop at a cap, one kind at a time: a GIN index per kind (partial) finds one kind's matches without
--   walking the others' (a kind column in the index would: its posting lists are as long as the kind is common);
-- * the ranked candidates are the title matches first: the title's words in a vector of their own, indexed the
--   same way (all kinds, and each kind).
-- * the outlet filter has an index of its own (the story filter has search_entry_story_idx), so that a search of
--   one outlet's entries does not walk every other outlet's matches.
-- The index on every entry's document stays, for the searches of every kind.
alter table search_entry
    add column title_document tsvector generated always as (to_tsvector('parallax_english', title)) stored;

create index search_entry_title_idx on search_entry using gin (title_document);
create index search_entry_story_document_idx on search_entry using gin (document) where kind = 'STORY';
create index search_entry_article_document_idx on search_entry using gin (document) where kind = 'ARTICLE';
create index search_entry_quote_document_idx on search_entry using gin (document) where kind = 'QUOTE';
create index search_entry_claim_document_idx on search_entry using gin (document) where kind = 'CLAIM';
create index search_entry_entity_document_idx on search_entry using gin (document) where kind = 'ENTITY';
create index search_entry_story_title_idx on search_entry using gin (title_document) where kind = 'STORY';
create index search_entry_article_title_idx on search_entry using gin (title_document) where kind = 'ARTICLE';
create index search_entry_quote_title_idx on search_entry using gin (title_document) where kind = 'QUOTE';
create index search_entry_claim_title_idx on search_entry using gin (title_document) where kind = 'CLAIM';
create index search_entry_entity_title_idx on search_entry using gin (title_document) where kind = 'ENTITY';
create index search_entry_outlets_idx on search_entry using gin (outlets);
