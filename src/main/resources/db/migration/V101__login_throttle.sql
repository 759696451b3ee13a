-- Failed logins, by client address and by address and name, so that every instance sharing the database throttles
-- alike. A row is forgotten a day after its last failure.
create table login_throttle (
    key           text        primary key,
    failures      integer     not null,
    last_failure  timestamptz not null,
    blocked_until timestamptz not null
);

create index login_throttle_last_failure_idx on login_throttle (last_failure);
