-- The words of persons' names for searches with typos: each folded word (a person_search_key 'F' term) under each
-- of its deletions, the word with up to as many letters left out as it may have typos (two, from eight letters on;
-- org.rightsregistry.search.SearchText.deletions), the word itself among them. A query's word finds the words near
-- it through the deletions they share, a few hundred rows however large the registry, and then only the persons with
-- one of those words. Rows are added when a person is written and never removed (a word nobody has any more finds
-- nobody); the application adds those of persons written before this table existed at start (registry_meta
-- 'search-words-version').

create table person_search_word (
    deletion  varchar(500) not null,
    word      varchar(500) not null,
    primary key (deletion, word)
);
create index person_search_word_word_idx on person_search_word (word);

-- The typo keys of words (kind S: consonant skeletons and their deletions), which the words above replace.
delete from person_search_key where kind = 'S';
