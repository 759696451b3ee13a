-- Where outlets word one quoted statement differently, the words of each article's version that no other version
-- gives in their place, as the positions of the version's words (claims/DifferingWords), worked out when the story
-- is compared; null for other slots, and for differences stored before this column (until the story is compared
-- again).
alter table claim_difference add column differing_words integer[];
