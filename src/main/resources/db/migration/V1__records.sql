-- The five records of the registry, their parties and their nested lists.
-- Plain SQL that H2 (MODE=PostgreSQL) and PostgreSQL both accept.
-- Each EDTF date is kept as given (varchar) and by its first day (date, "_from") for sorting and filtering.

create table person (
    id                  uuid primary key,
    version             bigint       not null,
    created_at          timestamp(6) with time zone not null,
    updated_at          timestamp(6) with time zone not null,
    visibility          varchar(20)  not null,
    full_name           varchar(300) not null,
    gender              varchar(20),
    birth_date          varchar(20),
    birth_date_from     date,
    death_date          varchar(20),
    death_date_from     date,
    residence_country   varchar(2),
    region              varchar(200),
    occupation          varchar(300),
    status              varchar(40),
    status_since        varchar(20),
    death_circumstance  varchar(30),
    summary             varchar(20000),
    safety_notes        varchar(20000)
);
create index person_created_idx on person (created_at, id);
create index person_full_name_idx on person (full_name, id);
create index person_status_idx on person (status);

create table person_name (
    person_id  uuid         not null references person (id) on delete cascade,
    position   integer      not null,
    name       varchar(300) not null,
    lang       varchar(35),
    script     varchar(4),
    kind       varchar(20),
    primary key (person_id, position)
);

create table person_citizenship (
    person_id  uuid       not null references person (id) on delete cascade,
    position   integer    not null,
    country    varchar(2) not null,
    primary key (person_id, position)
);
create index person_citizenship_country_idx on person_citizenship (country);

create table person_role (
    person_id  uuid        not null references person (id) on delete cascade,
    role       varchar(40) not null,
    primary key (person_id, role)
);
create index person_role_role_idx on person_role (role);

create table court_case (
    id              uuid primary key,
    version         bigint       not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    visibility      varchar(20)  not null,
    title           varchar(500) not null,
    country         varchar(2)   not null,
    kind            varchar(20),
    stage           varchar(20),
    opened_on       varchar(20),
    opened_on_from  date,
    closed_on       varchar(20),
    closed_on_from  date,
    summary         varchar(20000)
);
create index court_case_created_idx on court_case (created_at, id);
create index court_case_country_idx on court_case (country);

create table case_number (
    case_id    uuid         not null references court_case (id) on delete cascade,
    position   integer      not null,
    number     varchar(100) not null,
    kind       varchar(20),
    authority  varchar(300),
    primary key (case_id, position)
);

create table case_theme (
    case_id  uuid        not null references court_case (id) on delete cascade,
    theme    varchar(30) not null,
    primary key (case_id, theme)
);
create index case_theme_theme_idx on case_theme (theme);

create table party (
    id          uuid primary key,
    version     bigint      not null,
    created_at  timestamp(6) with time zone not null,
    updated_at  timestamp(6) with time zone not null,
    visibility  varchar(20) not null,
    case_id     uuid        not null references court_case (id),
    person_id   uuid        not null references person (id),
    role        varchar(20) not null,
    since       varchar(20),
    since_from  date,
    constraint party_once_per_case unique (case_id, person_id)
);
create index party_person_idx on party (person_id);

create table charge (
    id                   uuid primary key,
    version              bigint        not null,
    created_at           timestamp(6) with time zone not null,
    updated_at           timestamp(6) with time zone not null,
    visibility           varchar(20)   not null,
    case_id              uuid          not null references court_case (id),
    person_id            uuid          not null references person (id),
    law                  varchar(50)   not null,
    article              varchar(50),
    article_text         varchar(1000),
    description          varchar(20000),
    filed_on             varchar(20),
    filed_on_from        date,
    status               varchar(20),
    penalty_min_months   integer,
    penalty_max_months   integer
);
create index charge_created_idx on charge (created_at, id);
create index charge_case_person_idx on charge (case_id, person_id);
create index charge_person_idx on charge (person_id);
create index charge_law_article_idx on charge (law, article);

create table sentence (
    id                    uuid primary key,
    version               bigint       not null,
    created_at            timestamp(6) with time zone not null,
    updated_at            timestamp(6) with time zone not null,
    visibility            varchar(20)  not null,
    case_id               uuid         not null references court_case (id),
    person_id             uuid         not null references person (id),
    court                 varchar(300),
    instance              varchar(20),
    decided_on            varchar(20)  not null,
    decided_on_from       date         not null,
    verdict               varchar(30),
    status                varchar(30),
    starts_on             varchar(20),
    starts_on_from        date,
    expected_end_on       varchar(20),
    expected_end_on_from  date
);
create index sentence_created_idx on sentence (created_at, id);
create index sentence_case_person_idx on sentence (case_id, person_id);
create index sentence_person_idx on sentence (person_id);

create table sentence_charge (
    sentence_id  uuid    not null references sentence (id) on delete cascade,
    position     integer not null,
    charge_id    uuid    not null references charge (id),
    primary key (sentence_id, position)
);
create index sentence_charge_charge_idx on sentence_charge (charge_id);

create table sentence_component (
    sentence_id       uuid          not null references sentence (id) on delete cascade,
    position          integer       not null,
    type              varchar(30)   not null,
    term_months       integer,
    regime            varchar(20),
    suspended         boolean,
    probation_months  integer,
    amount            numeric(19, 2),
    currency          varchar(3),
    ban_scope         varchar(1000),
    primary key (sentence_id, position)
);

create table appeal (
    id                     uuid primary key,
    version                bigint       not null,
    created_at             timestamp(6) with time zone not null,
    updated_at             timestamp(6) with time zone not null,
    visibility             varchar(20)  not null,
    sentence_id            uuid         not null references sentence (id),
    filed_by               varchar(20),
    level                  varchar(30),
    body                   varchar(300),
    filed_on               varchar(20),
    filed_on_from          date,
    decided_on             varchar(20),
    decided_on_from        date,
    status                 varchar(20),
    outcome                varchar(30),
    resulting_sentence_id  uuid references sentence (id)
);
create index appeal_created_idx on appeal (created_at, id);
create index appeal_sentence_idx on appeal (sentence_id);
create index appeal_resulting_sentence_idx on appeal (resulting_sentence_id);

-- Facts about this installation itself, such as whether the demo dataset has been loaded.
create table registry_meta (
    meta_key    varchar(100) primary key,
    meta_value  varchar(1000) not null
);
