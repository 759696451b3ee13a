-- An admin can cancel a running import (from any instance: the request is kept here, and the import looks at it
-- between files); files the import deliberately leaves alone (hidden ones) are reported as skipped.
alter table import_run
    drop constraint import_run_status_check,
    add constraint import_run_status_check check (status in ('RUNNING', 'SUCCEEDED', 'FAILED', 'CANCELLED')),
    add column cancel_requested_by text,
    add column cancel_requested_at timestamptz;

alter table import_file_result
    drop constraint import_file_result_outcome_check,
    add constraint import_file_result_outcome_check
        check (outcome in ('ADDED', 'UPDATED', 'UNCHANGED', 'FAILED', 'RETIRED', 'SKIPPED'));
