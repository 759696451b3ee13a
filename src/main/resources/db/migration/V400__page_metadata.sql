-- What a saved web page states about its article (headline, authors, publication date with its time zone, outlet,
-- canonical address, language), each value with where on the page it was found. Empty for text files.
create table article_metadata (
    article_id bigint  not null references article (id) on delete cascade,
    position   integer not null,
    field      text    not null check (field in ('headline', 'authors', 'published', 'modified', 'outlet',
                                                 'canonical', 'language')),
    value      text    not null,
    source     text    not null,
    primary key (article_id, position)
);
