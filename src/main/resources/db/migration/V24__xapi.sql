-- xAPI statements for a learning record store (#21): a transactional outbox. A row is written in
-- the transaction of the event it states (only while an LRS is configured), keyed by the
-- statement's own id, a name-based UUID of the event: writing the same event twice keeps the first
-- row, so a statement's content never changes once written and a resend never duplicates. The body
-- is the statement without its actor (the actor is added at send time from account_id, so that an
-- operator's choice of identifying by email applies to what is still queued). A sweep claims due
-- rows by setting claimed_until (skipping rows another instance holds), posts them, and marks them
-- sent; a failed send counts attempts and waits until next_attempt_at (exponential back-off),
-- keeping the last error (never a credential). A deleted account takes its unsent statements.
create table xapi_statement (
    id               uuid          primary key,
    event_key        varchar(400)  not null,
    account_id       uuid          not null references account (id) on delete cascade,
    body             text          not null,
    created_at       timestamptz   not null,
    sent_at          timestamptz,
    attempts         integer       not null default 0 check (attempts >= 0),
    next_attempt_at  timestamptz   not null,
    claimed_until    timestamptz,
    last_error       varchar(500),
    failed_at        timestamptz
);
create index xapi_statement_due on xapi_statement (next_attempt_at) where sent_at is null;
create index xapi_statement_sent on xapi_statement (sent_at) where sent_at is not null;
create index xapi_statement_account on xapi_statement (account_id);
