-- Indexes for the queries the pages run, and for the foreign keys that an article's re-import cascades through
-- (without them, deleting an article's old sentences scans every analysis table once per sentence).
create index if not exists claim_member_sentence_idx on claim_member (sentence_id);
create index if not exists quantity_sentence_idx on quantity (sentence_id);
create index if not exists quote_sentence_idx on quote (sentence_id);
create index if not exists attribution_sentence_idx on attribution (sentence_id);
create index if not exists entity_mention_sentence_idx on entity_mention (sentence_id);
create index if not exists claim_sentence_idx on claim (sentence_id);
create index if not exists claim_difference_article_idx on claim_difference (article_id);
create index if not exists claim_omission_article_idx on claim_omission (article_id);
create index if not exists article_overlap_story_idx on article_overlap (story_id);
create index if not exists article_overlap_b_idx on article_overlap (article_b);
create index if not exists story_summary_sentence_sentence_idx on story_summary_sentence (sentence_id);
create index if not exists article_summary_sentence_sentence_idx on article_summary_sentence (sentence_id);
create index if not exists timeline_event_story_idx on timeline_event (story_id, position);
create index if not exists timeline_mention_sentence_idx on timeline_mention (sentence_id);
create index if not exists timeline_mention_article_idx on timeline_mention (article_id);
create index if not exists entity_story_idx on entity (story_id, mention_count desc, name);
create index if not exists quote_group_speaker_idx on quote_group (speaker_entity_id);
create index if not exists quote_speaker_entity_idx on quote (speaker_entity_id);
create index if not exists attribution_entity_idx on attribution (entity_id);
