-- The days a story's articles were published, first and last, written with its counts whenever the story changes
-- (stories/StoryStore.markChanged): the story list shows them and lists the stories most recently reported first.

alter table story add column first_published date, add column last_published date;

update story s set first_published = d.first_published, last_published = d.last_published
from (select story_id, min(coalesce(curated_published_on, published_on)) as first_published,
             max(coalesce(curated_published_on, published_on)) as last_published
      from article where retired_at is null group by story_id) d
where d.story_id = s.id;

create index story_recent_idx on story (last_published desc nulls last, title, id);
