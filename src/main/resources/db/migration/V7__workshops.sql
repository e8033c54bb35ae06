-- In-person (and online) workshops of a program's phases, with their sessions, registrations,
-- attendance, reminders and the teachers' private calendar feeds.
create table workshop (
    id                    uuid primary key,
    title                 varchar(200) not null,
    program_slug          varchar(60)  not null,
    phase                 integer      not null check (phase between 1 and 20),
    kind                  varchar(20)  not null,
    capacity              integer      not null check (capacity between 1 and 10000),
    time_zone             varchar(60)  not null,
    venue                 varchar(200),
    address               varchar(300),
    city                  varchar(120),
    state                 varchar(2),
    zip                   varchar(5),
    lat                   double precision,
    lon                   double precision,
    meeting_url           varchar(500),
    registration_opens    timestamptz,
    registration_closes   timestamptz,
    prerequisite_percent  integer check (prerequisite_percent between 0 and 100),
    first_start           timestamptz  not null,
    last_end              timestamptz  not null,
    registered            integer      not null default 0 check (registered >= 0),
    waitlisted            integer      not null default 0 check (waitlisted >= 0),
    demo                  boolean      not null default false,
    created_by            uuid references account (id) on delete set null,
    created_at            timestamptz  not null,
    updated_at            timestamptz  not null,
    version               bigint       not null default 0,
    constraint workshop_place check ((venue is not null and lat is not null) or meeting_url is not null),
    constraint workshop_seats check (registered <= capacity)
);
-- Upcoming workshops by phase, and the bounding-box pre-filter of the distance search.
create index workshop_phase_start on workshop (program_slug, phase, first_start);
create index workshop_start on workshop (first_start);
create index workshop_location on workshop (lat, lon) where lat is not null;

create table workshop_session (
    id               uuid primary key,
    workshop_id      uuid        not null references workshop (id) on delete cascade,
    position         integer     not null,
    starts_at        timestamptz not null,
    ends_at          timestamptz not null,
    attendance_code  varchar(8)  not null,
    constraint workshop_session_order unique (workshop_id, position),
    constraint workshop_session_span check (ends_at > starts_at)
);
create unique index workshop_session_code on workshop_session (workshop_id, attendance_code);

create table workshop_facilitator (
    workshop_id  uuid not null references workshop (id) on delete cascade,
    account_id   uuid not null references account (id) on delete cascade,
    primary key (workshop_id, account_id)
);
create index workshop_facilitator_account on workshop_facilitator (account_id);

-- One row per teacher and workshop: registered, on the waitlist (in queue order) or cancelled.
-- Seats are counted on the workshop row, which every change of status locks.
create sequence workshop_queue;
create table workshop_registration (
    id             uuid primary key,
    workshop_id    uuid        not null references workshop (id) on delete cascade,
    account_id     uuid        not null references account (id) on delete cascade,
    status         varchar(12) not null check (status in ('REGISTERED', 'WAITLISTED', 'CANCELLED')),
    queue_number   bigint      not null,
    created_at     timestamptz not null,
    updated_at     timestamptz not null,
    constraint workshop_registration_once unique (workshop_id, account_id)
);
create index workshop_registration_account on workshop_registration (account_id);
create index workshop_registration_queue on workshop_registration (workshop_id, status, queue_number);

create table workshop_attendance (
    session_id     uuid        not null references workshop_session (id) on delete cascade,
    account_id     uuid        not null references account (id) on delete cascade,
    checked_in_at  timestamptz not null,
    method         varchar(12) not null check (method in ('CODE', 'FACILITATOR')),
    marked_by      uuid references account (id) on delete set null,
    primary key (session_id, account_id)
);
create index workshop_attendance_account on workshop_attendance (account_id);

-- A reminder is claimed by inserting its row: whichever instance inserts it sends the mail.
create table workshop_reminder (
    workshop_id  uuid        not null references workshop (id) on delete cascade,
    account_id   uuid        not null references account (id) on delete cascade,
    days_before  integer     not null,
    sent_at      timestamptz not null,
    primary key (workshop_id, account_id, days_before)
);

-- The secret in a teacher's private calendar-feed address; resetting it replaces the row.
create table calendar_feed (
    account_id  uuid primary key references account (id) on delete cascade,
    token       varchar(64) not null unique,
    created_at  timestamptz not null
);

-- Certificates now also record attendance at a workshop.
alter table certificate alter column enrollment_id drop not null;
alter table certificate alter column course_slug drop not null;
alter table certificate add column workshop_id uuid references workshop (id) on delete cascade;
alter table certificate add column account_id uuid references account (id) on delete cascade;
alter table certificate add constraint certificate_subject
    check ((enrollment_id is null) <> (workshop_id is null));
alter table certificate add constraint certificate_workshop_once unique (workshop_id, account_id);
