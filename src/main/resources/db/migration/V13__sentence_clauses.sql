-- The facts each sentence states, one clause a row, split once when its article is analysed and read by every
-- comparison of its story. A sentence without rows was analysed before they were stored: the comparison splits it.

create table sentence_clause (
    sentence_id bigint  not null references sentence (id) on delete cascade,
    position    integer not null,
    text        text    not null,
    primary key (sentence_id, position)
);
