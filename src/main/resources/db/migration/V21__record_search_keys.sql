-- Search keys of charges, sentences, appeals and sources, in one table for all of them: the same word keys as
-- case_search_key (org.rightsregistry.search.SearchIndex computes them in Java when the record is written), with the
-- record's type beside its id. No foreign key can point at several tables, so the services delete a record's keys
-- when they delete the record. The application fills them in at start for records that have none.

create table record_search_key (
    record_type  varchar(10)  not null,  -- CHARGE, SENTENCE, APPEAL, SOURCE
    record_id    uuid         not null,
    kind         varchar(1)   not null,  -- T word of a short field (plain and folded), U word of a long text (folded)
    term         varchar(500) not null,
    primary key (record_type, record_id, kind, term)
);
create index record_search_key_term_idx on record_search_key (record_type, term, record_id);
