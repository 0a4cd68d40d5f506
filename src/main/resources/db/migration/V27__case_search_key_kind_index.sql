-- Cases' search keys by term, then kind, then case, as persons' keys are since V25: a search for a word that
-- thousands of cases share walks one key of one kind in the order of the cases' ids (the case number, a word of the
-- title, a word of the summary; org.rightsregistry.search.Ranking.inDatabase), and asks of each case whether it
-- has the other words' keys of a kind. With the kind in the index those walks and questions are answered from the
-- index alone; with (term, case_id), the index this one replaces, every key of the term was read from the table to see
-- its kind. Every lookup by term alone reads this index as it read the other.

create index case_search_key_term_kind_idx on case_search_key (term, kind, case_id);
drop index case_search_key_term_idx;
