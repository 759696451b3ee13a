-- What readers see an article called: its outlet, a name its file name plainly gives, or its headline's first
-- words (ArticleLabel). Worked out whenever the outlet, file or headline changes and stored, so that every page,
-- export and API names an article the same way and orders by it. Existing rows are labelled by
-- V301__Label_existing_articles, in Java, where the rule lives.
alter table article
    add column label        text,
    add column label_source text;
