-- A sign-in with another account whose verified email belongs to an existing account: the owner
-- is mailed a link, and opening it (then confirming) links that provider account. Only the hash
-- of the link's secret is kept; a link works once, for thirty minutes.
create table mailed_link (
    token_hash  varchar(64)  primary key,
    account_id  uuid         not null references account (id) on delete cascade,
    provider    varchar(64)  not null,
    issuer      varchar(500) not null,
    subject     varchar(255) not null,
    created_at  timestamptz  not null,
    expires_at  timestamptz  not null
);
create index mailed_link_account on mailed_link (account_id, created_at);
create index mailed_link_expiry on mailed_link (expires_at);
