-- LTI 1.3 tool (#20). The tool's own signing key: one row, made at first use, so that every
-- platform instance signs with the same key and publishes the same JWKS. The private key never
-- leaves this table (no API, no export, no log).
create table lti_tool_key (
    id           smallint    primary key check (id = 1),
    kid          varchar(64) not null,
    private_jwk  text        not null,
    created_at   timestamptz not null
);

-- An LMS registered by an administrator: its issuer and the client id it gave Pathways, the
-- deployment ids it may launch from (one per line), and its endpoints.
create table lti_platform (
    id              uuid          primary key,
    issuer          varchar(500)  not null,
    client_id       varchar(255)  not null,
    deployment_ids  varchar(4000) not null,
    auth_login_url  varchar(2000) not null,
    auth_token_url  varchar(2000) not null,
    jwks_url        varchar(2000) not null,
    created_at      timestamptz   not null,
    constraint lti_platform_issuer_client unique (issuer, client_id)
);

-- A login initiation on its way to the platform and not launched yet: the browser holds only the
-- random key (a short-lived cookie); the state and nonce stay here, so that any instance can take
-- the launch. Used once: the launch deletes the row it reads, so a replayed id_token finds nothing.
create table lti_attempt (
    id           varchar(64)  primary key,
    platform_id  uuid         not null references lti_platform (id) on delete cascade,
    state        varchar(128) not null,
    nonce        varchar(128) not null,
    expires_at   timestamptz  not null
);
create index lti_attempt_expiry on lti_attempt (expires_at);
create index lti_attempt_platform on lti_attempt (platform_id);
