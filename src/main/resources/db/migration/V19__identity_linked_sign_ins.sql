-- Sign-in with other accounts (OpenID Connect). An account made by a provider's first sign-in has
-- no password until its owner sets one (a password reset), so the hash becomes optional.
alter table account alter column password_hash drop not null;

-- Which provider's account (issuer and subject, as its ID tokens name them) signs in to which
-- Pathways account: one Pathways account per provider account.
create table linked_sign_in (
    id          uuid primary key,
    account_id  uuid         not null references account (id) on delete cascade,
    provider    varchar(64)  not null,
    issuer      varchar(500) not null,
    subject     varchar(255) not null,
    created_at  timestamptz  not null,
    constraint linked_sign_in_subject unique (issuer, subject)
);
create index linked_sign_in_account on linked_sign_in (account_id);

-- A sign-in sent to a provider and not back yet: the browser holds only the random key (a
-- short-lived cookie), the values stay here so that any instance can take the callback. Used once:
-- the callback deletes the row it reads.
create table oidc_attempt (
    id             varchar(64)  primary key,
    provider       varchar(64)  not null,
    state          varchar(128) not null,
    nonce          varchar(128) not null,
    code_verifier  varchar(128) not null,
    next_page      varchar(2000),
    expires_at     timestamptz  not null
);
create index oidc_attempt_expiry on oidc_attempt (expires_at);
