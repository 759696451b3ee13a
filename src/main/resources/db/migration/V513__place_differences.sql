-- Two articles of one claim may name its place nearly alike but not alike ("Norfolk" against "Norwalk"): a
-- difference of its own kind (claims/PlaceNames).
alter table claim_difference drop constraint claim_difference_kind_check;
alter table claim_difference
    add constraint claim_difference_kind_check
        check (kind in ('NUMBER', 'DATE', 'PLACE', 'WORDING', 'SPEAKER', 'CERTAINTY'));
