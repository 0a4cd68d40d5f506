-- Indexes that answer a list's count from indexes alone, where a filter matches a tenth of a large table or more.
-- At a million persons, the count under `role=JOURNALIST` (80 000 persons) read `person` whole, twice, and took
-- 0.9 to 1 s; with these it reads the role's entries and looks each person up in (id, visibility): 0.23 to 0.33 s.
--
-- (id, visibility): whether a record may be shown is asked of every record that another one points to (a charge's
-- person and case, a sentence's, an appeal's sentence) and of every record a count goes through
-- (org.rightsregistry.security.Clearance); with the visibility beside the id the answer is in the index.
create index person_id_visibility_idx on person (id, visibility);
create index court_case_id_visibility_idx on court_case (id, visibility);
create index sentence_id_visibility_idx on sentence (id, visibility);

-- A collection's value, then its owner: a filter on the value (`role`, `citizenship`, `theme`, `componentType`)
-- finds the owners in the index without reading the collection's table. Each replaces the index on the value alone.
create index person_role_role_person_idx on person_role (role, person_id);
drop index person_role_role_idx;
create index person_citizenship_country_person_idx on person_citizenship (country, person_id);
drop index person_citizenship_country_idx;
create index case_theme_theme_case_idx on case_theme (theme, case_id);
drop index case_theme_theme_idx;
create index sentence_component_type_term_sentence_idx on sentence_component (type, term_months, sentence_id);
drop index sentence_component_type_idx;
