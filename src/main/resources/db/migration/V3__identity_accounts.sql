-- Accounts and what hangs on them. Deleting an account deletes its roles, tokens and reset links.
create table account (
    id             uuid primary key,
    email          varchar(254) not null,
    name           varchar(120) not null,
    password_hash  varchar(400) not null,
    school         varchar(160),
    district       varchar(160),
    state          varchar(2),
    zip            varchar(10),
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null
);
create unique index account_email on account (lower(email));

create table account_role (
    account_id  uuid        not null references account (id) on delete cascade,
    role        varchar(20) not null
        constraint account_role_known check (role in ('TEACHER', 'FACILITATOR', 'PROGRAM_MANAGER', 'CONTENT_ADMIN', 'ADMIN')),
    primary key (account_id, role)
);

-- Bearer tokens, stored as SHA-256 hashes only.
create table api_token (
    id          uuid primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    token_hash  char(64)    not null unique,
    purpose     varchar(10) not null constraint api_token_purpose check (purpose in ('API', 'PAGE')),
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    revoked_at  timestamptz
);
create index api_token_account on api_token (account_id);

-- Single-use password reset links, stored as hashes.
create table password_reset (
    id          uuid primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    token_hash  char(64)    not null unique,
    created_at  timestamptz not null,
    expires_at  timestamptz not null,
    used_at     timestamptz
);
create index password_reset_account on password_reset (account_id);

-- Mail waiting to be sent, or kept here when no SMTP server is configured.
create table mail_outbox (
    id          bigint generated always as identity primary key,
    recipient   varchar(254) not null,
    subject     varchar(200) not null,
    body        text         not null,
    created_at  timestamptz  not null,
    sent_at     timestamptz,
    attempts    integer      not null default 0,
    last_error  varchar(500)
);
create index mail_outbox_unsent on mail_outbox (created_at) where sent_at is null;

-- Who did what, for a district's security review. No foreign key: entries outlive accounts.
create table audit_log (
    id          bigint generated always as identity primary key,
    at          timestamptz  not null,
    actor_id    uuid,
    action      varchar(40)  not null,
    subject_id  varchar(80),
    detail      varchar(500),
    address     varchar(64)
);
create index audit_log_actor on audit_log (actor_id, at desc);
create index audit_log_subject on audit_log (subject_id, at desc);
