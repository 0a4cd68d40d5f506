-- An index on (field, id) for every field a list can be sorted by, so that any page of any list, in either direction,
-- is read along an index from where its cursor points (ListQuery.page) instead of sorting the whole list. The date
-- fields' single-column indexes, which filters used, are replaced by these, which serve the filters as well. Plain SQL
-- that H2 and PostgreSQL both accept.

create index person_updated_idx on person (updated_at, id);
drop index person_birth_idx;
create index person_birth_idx on person (birth_date_from, id);

create index court_case_updated_idx on court_case (updated_at, id);
create index court_case_title_idx on court_case (title, id);
drop index court_case_opened_idx;
create index court_case_opened_idx on court_case (opened_on_from, id);

create index charge_updated_idx on charge (updated_at, id);
create index charge_article_idx on charge (article, id);
drop index charge_filed_idx;
create index charge_filed_idx on charge (filed_on_from, id);

create index sentence_updated_idx on sentence (updated_at, id);
drop index sentence_decided_idx;
create index sentence_decided_idx on sentence (decided_on_from, id);

create index appeal_updated_idx on appeal (updated_at, id);
drop index appeal_filed_idx;
create index appeal_filed_idx on appeal (filed_on_from, id);
drop index appeal_decided_idx;
create index appeal_decided_idx on appeal (decided_on_from, id);

create index source_updated_idx on source (updated_at, id);
create index source_title_idx on source (title, id);
drop index source_published_idx;
create index source_published_idx on source (published_on_from, id);
