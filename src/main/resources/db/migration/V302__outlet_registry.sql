-- Outlets an admin names once for every article from them: an article whose text names the outlet by one of its
-- aliases, whose file name gives one ("nytimes.txt"), or whose home page an editor set, takes the registered
-- name. Kept on the article (registered_outlet) so that every page reads it as it reads the parsed outlet.
create table outlet (
    id         bigint generated always as identity primary key,
    name       text not null,
    home_page  text,
    aliases    text[] not null default '{}',
    created_by text,
    updated_at timestamptz not null default now()
);
create unique index outlet_name_key on outlet (lower(name));

alter table article add column registered_outlet text;
