-- API tokens. Only a SHA-256 hash of each secret is stored; the secret is shown once, when the token is created.
create table api_token (
    id          uuid primary key,
    name        varchar(100) not null,
    role        varchar(10)  not null,
    secret_hash varchar(64)  not null,
    created_at  timestamp(6) with time zone not null,
    created_by  varchar(100) not null,
    expires_at  timestamp(6) with time zone,
    revoked_at  timestamp(6) with time zone,
    constraint api_token_hash_unique unique (secret_hash)
);
