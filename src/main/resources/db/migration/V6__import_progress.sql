-- Live progress of a running import, and who started each run.
alter table import_run
    add column started_by   text,
    add column files_total  integer not null default 0,
    add column files_done   integer not null default 0,
    add column current_file text,
    add column stage        text;
