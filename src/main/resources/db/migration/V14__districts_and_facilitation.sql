-- Districts that partner with the program, the people who manage them, and the inquiries of
-- districts that ask to partner; cohorts and workshops may belong to a district. A cohort gains what
-- running it for a school year takes: a target date (the Phase 2 workshop or one a manager sets),
-- how many idle days flag a teacher, and closing.
alter table account_role drop constraint account_role_known;
alter table account_role add constraint account_role_known check (role in
    ('TEACHER', 'FACILITATOR', 'DISTRICT_MANAGER', 'PROGRAM_MANAGER', 'CONTENT_ADMIN', 'ADMIN'));

create table district (
    id          uuid primary key,
    name        varchar(160) not null,
    state       varchar(2)   not null,
    created_by  uuid references account (id) on delete set null,
    created_at  timestamptz  not null
);
create unique index district_name_state on district (lower(name), state);

-- A district manager manages a district once they accept the invitation mailed to their address.
create table district_manager (
    district_id  uuid not null references district (id) on delete cascade,
    account_id   uuid not null references account (id) on delete cascade,
    primary key (district_id, account_id)
);
create index district_manager_account on district_manager (account_id);

create table partnership_inquiry (
    id             uuid primary key,
    district       varchar(160) not null,
    state          varchar(2)   not null,
    contact_name   varchar(120) not null,
    contact_email  varchar(254) not null,
    contact_role   varchar(120) not null,
    grade_bands    varchar(20)  not null,
    teachers       integer check (teachers between 1 and 1000000),
    message        varchar(4000),
    status         varchar(12)  not null default 'NEW'
        constraint partnership_inquiry_status_known check (status in ('NEW', 'CONTACTED', 'PARTNER', 'DECLINED')),
    note           varchar(4000),
    district_id    uuid references district (id) on delete set null,
    created_at     timestamptz  not null,
    updated_at     timestamptz  not null,
    updated_by     uuid references account (id) on delete set null
);
create index partnership_inquiry_by_status on partnership_inquiry (status, created_at);

alter table cohort add column district_id uuid references district (id) on delete set null;
alter table cohort add column target_date date;
alter table cohort add column inactive_days integer not null default 7
    constraint cohort_inactive_days check (inactive_days between 1 and 365);
alter table cohort add column closed_at timestamptz;
create index cohort_district on cohort (district_id) where district_id is not null;

alter table workshop add column district_id uuid references district (id) on delete set null;
create index workshop_district on workshop (district_id) where district_id is not null;
