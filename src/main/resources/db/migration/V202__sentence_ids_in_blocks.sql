-- Sentences take their ids 50 at a time from a sequence of their own (Hibernate's pooled optimiser), so that an
-- import inserts them in batches; the first block starts above every id taken so far.
create sequence sentence_id_block_seq increment by 50;
select setval('sentence_id_block_seq', coalesce((select max(id) from sentence), 0) + 50);
