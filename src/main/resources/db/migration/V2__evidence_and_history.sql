-- Sources, the citations every record can carry, the history of every change, and idempotent creates.

create table source (
    id              uuid primary key,
    version         bigint        not null,
    created_at      timestamp(6) with time zone not null,
    updated_at      timestamp(6) with time zone not null,
    visibility      varchar(20)   not null,
    title           varchar(500)  not null,
    type            varchar(30),
    publisher       varchar(300),
    author          varchar(300),
    published_on    varchar(20),
    published_on_from date,
    url             varchar(2000),
    archive_url     varchar(2000),
    language        varchar(35),
    reliability     varchar(10)
);
create index source_created_idx on source (created_at, id);
create index source_publisher_idx on source (publisher);

-- One citation table per record type, so that every citation has real foreign keys on both sides.
create table person_citation (
    person_id   uuid          not null references person (id) on delete cascade,
    position    integer       not null,
    source_id   uuid          not null references source (id),
    field       varchar(50),
    locator     varchar(200),
    quote       varchar(2000),
    confidence  varchar(10),
    primary key (person_id, position)
);
create index person_citation_source_idx on person_citation (source_id);

create table case_citation (
    case_id     uuid          not null references court_case (id) on delete cascade,
    position    integer       not null,
    source_id   uuid          not null references source (id),
    field       varchar(50),
    locator     varchar(200),
    quote       varchar(2000),
    confidence  varchar(10),
    primary key (case_id, position)
);
create index case_citation_source_idx on case_citation (source_id);

create table charge_citation (
    charge_id   uuid          not null references charge (id) on delete cascade,
    position    integer       not null,
    source_id   uuid          not null references source (id),
    field       varchar(50),
    locator     varchar(200),
    quote       varchar(2000),
    confidence  varchar(10),
    primary key (charge_id, position)
);
create index charge_citation_source_idx on charge_citation (source_id);

create table sentence_citation (
    sentence_id uuid          not null references sentence (id) on delete cascade,
    position    integer       not null,
    source_id   uuid          not null references source (id),
    field       varchar(50),
    locator     varchar(200),
    quote       varchar(2000),
    confidence  varchar(10),
    primary key (sentence_id, position)
);
create index sentence_citation_source_idx on sentence_citation (source_id);

create table appeal_citation (
    appeal_id   uuid          not null references appeal (id) on delete cascade,
    position    integer       not null,
    source_id   uuid          not null references source (id),
    field       varchar(50),
    locator     varchar(200),
    quote       varchar(2000),
    confidence  varchar(10),
    primary key (appeal_id, position)
);
create index appeal_citation_source_idx on appeal_citation (source_id);

-- Every create, update and delete of a record, in commit order. seq comes from feed_clock, whose single row each
-- writing transaction locks as its last step, so a larger seq always commits later: a reader of the change feed
-- that has seen seq n has seen every change before it.
create table feed_clock (
    id        integer primary key,
    last_seq  bigint  not null
);
insert into feed_clock (id, last_seq) values (1, 0);

create table revision (
    seq          bigint        primary key,
    record_type  varchar(20)   not null,
    record_id    uuid          not null,
    version      bigint        not null,
    at           timestamp(6) with time zone not null,
    actor        varchar(200)  not null,
    operation    varchar(10)   not null,
    reason       varchar(500),
    patch        varchar(1000000) not null,
    snapshot     varchar(1000000),
    constraint revision_once_per_version unique (record_type, record_id, version)
);

-- Responses of creates sent with an Idempotency-Key, replayed to retries for 24 hours.
create table idempotency_key (
    caller        varchar(200)  not null,
    idem_key      varchar(200)  not null,
    fingerprint   varchar(64)   not null,
    created_at    timestamp(6) with time zone not null,
    record_id     uuid,
    etag          varchar(40),
    response      varchar(1000000),
    primary key (caller, idem_key)
);
create index idempotency_key_created_idx on idempotency_key (created_at);
