-- The first answer to an API call sent with an Idempotency-Key, kept 24 hours so that a repeat of
-- that call by the same caller (a browser resending what it queued offline, a client retrying after
-- a dropped connection) gets the same answer without doing the work again. A row without a status
-- is a call still being worked on; its instance may have stopped, so a claim older than a minute
-- may be taken over.
create table repeated_request (
    account_id    uuid         not null references account (id) on delete cascade,
    request_key   varchar(100) not null,
    fingerprint   varchar(64)  not null,
    claimed_at    timestamptz  not null,
    status        integer,
    content_type  varchar(200),
    body          bytea,
    created_at    timestamptz  not null,
    primary key (account_id, request_key)
);
create index repeated_request_age on repeated_request (created_at);
