-- Each quote's words that its statement's heading does not give in their place (text/DifferingWords), worked out when
-- the story's quotes are grouped, as the claims' differing words are (V514): the quote tracker and a statement's
-- page only cut the text at these positions. A story grouped before this shows no marks until it is analysed again.
alter table quote add column differing_words integer[];
