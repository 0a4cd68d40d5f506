-- Search keys: the words of every name of a person, and of the title, numbers and summary of a case, in the
-- spelling-independent forms computed in Java (org.rightsregistry.search.SearchText), so that search behaves the
-- same on every database and finds its candidates through an index, never by scanning names.
-- Rows are rewritten whenever the record is written; the application fills them in at start for records that have
-- none, or for all records when the rules that compute them change (registry_meta 'search-keys-version').

create table person_search_key (
    person_id  uuid         not null references person (id) on delete cascade,
    kind       varchar(1)   not null,  -- N whole name, P plain word, F folded word, S typo key
    term       varchar(500) not null,
    primary key (person_id, kind, term)
);
create index person_search_key_term_idx on person_search_key (term, person_id);

create table case_search_key (
    case_id  uuid         not null references court_case (id) on delete cascade,
    kind     varchar(1)   not null,  -- N case number, T word of the title or a number, U word of the summary
    term     varchar(500) not null,
    primary key (case_id, kind, term)
);
create index case_search_key_term_idx on case_search_key (term, case_id);

-- Filters that lists and statistics use across records.
create index sentence_decided_idx on sentence (decided_on_from);
create index court_case_opened_idx on court_case (opened_on_from);
create index charge_filed_idx on charge (filed_on_from);
create index person_birth_idx on person (birth_date_from);
