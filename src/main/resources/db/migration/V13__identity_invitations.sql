-- Rights given to a person by email (facilitating a cohort or a workshop) are an invitation until
-- the owner of that address accepts it through the single-use link mailed there: whoever signed up
-- first with someone else's address receives nothing. The link is known by its hash only.
create table invitation (
    id           uuid primary key,
    email        varchar(254) not null,
    role         varchar(30)  not null,
    scope        varchar(20)  not null,
    target_id    uuid         not null,
    target_title varchar(200) not null,
    token_hash   char(64)     not null unique,
    invited_by   uuid references account (id) on delete set null,
    created_at   timestamptz  not null,
    expires_at   timestamptz  not null,
    accepted_at  timestamptz,
    accepted_by  uuid references account (id) on delete set null,
    revoked_at   timestamptz
);
-- At most one open invitation per person and cohort (or workshop).
create unique index invitation_open_once on invitation (scope, target_id, email)
    where accepted_at is null and revoked_at is null;
create index invitation_email on invitation (email) where accepted_at is null and revoked_at is null;
