-- Indexes for the documented list filters that had none, so that a filter on them finds its rows through an index
-- (src/test/scripts/benchmark.sh prints the plan of every filter). Plain SQL that H2 and PostgreSQL both accept.

create index person_gender_idx on person (gender);
create index person_residence_country_idx on person (residence_country);
create index person_death_idx on person (death_date_from);

create index court_case_kind_idx on court_case (kind);
create index court_case_stage_idx on court_case (stage);
create index court_case_closed_idx on court_case (closed_on_from);

create index charge_status_idx on charge (status);

create index sentence_status_idx on sentence (status);
create index sentence_verdict_idx on sentence (verdict);
create index sentence_component_type_idx on sentence_component (type, term_months);

create index appeal_status_idx on appeal (status);
create index appeal_outcome_idx on appeal (outcome);
create index appeal_level_idx on appeal (level);
create index appeal_filed_idx on appeal (filed_on_from);
create index appeal_decided_idx on appeal (decided_on_from);

create index source_type_idx on source (type);
create index source_reliability_idx on source (reliability);
create index source_published_idx on source (published_on_from);
