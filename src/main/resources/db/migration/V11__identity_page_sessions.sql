-- Every signed-in page session, so that a password reset, a password change or "Sign out
-- everywhere" ends sessions on every platform instance: a session whose row is revoked counts as
-- signed out on its next request. The id is a random key kept in the session itself (never the
-- session cookie, which the database does not see).
create table page_session (
    id          uuid primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    created_at  timestamptz not null,
    revoked_at  timestamptz
);
create index page_session_account on page_session (account_id, created_at);
