-- Which version of the analysis read each article. An article whose analysis is older than the running code's
-- (analysis/AnalysisVersion) is read again: at start-up, and by any import of its story, its file unchanged. The
-- analyses stored before this column existed are version 0, so every story is analysed again once.

alter table article_analysis add column version integer not null default 0;
