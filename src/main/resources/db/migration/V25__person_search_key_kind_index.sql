-- Persons' search keys by term, then kind, then person: a search for a name that thousands of persons share ranks
-- them in one statement that asks, of each of them, whether the query is one of its whole names (kind N) or each
-- word one of its words as written (kind P) (org.rightsregistry.search.Ranking.withoutTypos). With the kind in the
-- index those questions are answered from the index alone; with (term, person_id), the index this one replaces, every
-- key of the term was read from the table to see its kind (5 800 rows for a common first name at a million persons).
-- Every lookup by term alone reads this index as it read the other.

create index person_search_key_term_kind_idx on person_search_key (term, kind, person_id);
drop index person_search_key_term_idx;
