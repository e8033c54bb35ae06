-- Cohorts: a district's group of teachers taking a course together, with its facilitators and the
-- code teachers type to enrol.
create table cohort (
    id           uuid primary key,
    name         varchar(120) not null,
    district     varchar(160) not null,
    course_slug  varchar(60)  not null,
    code         varchar(20)  not null,
    expires_at   timestamptz,
    created_by   uuid references account (id) on delete set null,
    created_at   timestamptz  not null
);
create unique index cohort_code on cohort (upper(code));

create table cohort_facilitator (
    cohort_id   uuid not null references cohort (id) on delete cascade,
    account_id  uuid not null references account (id) on delete cascade,
    primary key (cohort_id, account_id)
);
create index cohort_facilitator_account on cohort_facilitator (account_id);

-- A teacher taking a course: one per teacher and course.
create table enrollment (
    id                uuid primary key,
    account_id        uuid        not null references account (id) on delete cascade,
    course_slug       varchar(60) not null,
    cohort_id         uuid references cohort (id) on delete set null,
    enrolled_at       timestamptz not null,
    last_activity_at  timestamptz not null,
    last_step_key     varchar(60),
    completed_at      timestamptz,
    constraint enrollment_once unique (account_id, course_slug)
);
create index enrollment_cohort on enrollment (cohort_id) where cohort_id is not null;

-- Each step a teacher completed, keyed by the step's slug: re-ordering and edits keep it, and a
-- retired step's row stays (it simply stops counting). The key makes recording idempotent.
create table step_completion (
    enrollment_id  uuid        not null references enrollment (id) on delete cascade,
    step_key       varchar(60) not null,
    completed_at   timestamptz not null,
    primary key (enrollment_id, step_key)
);

-- Every attempt at a quiz, passed or not.
create table quiz_attempt (
    id             bigint generated always as identity primary key,
    enrollment_id  uuid        not null references enrollment (id) on delete cascade,
    step_key       varchar(60) not null,
    score_percent  integer     not null,
    passed         boolean     not null,
    answers        text        not null,
    attempted_at   timestamptz not null
);
create index quiz_attempt_step on quiz_attempt (enrollment_id, step_key);

-- A course certificate, issued once when every required step is complete. Name, title and hours
-- are kept as issued, so later edits of the course or the profile do not change it.
create table certificate (
    code           varchar(20)  primary key,
    enrollment_id  uuid         not null unique references enrollment (id) on delete cascade,
    holder_name    varchar(120) not null,
    course_slug    varchar(60)  not null,
    course_title   varchar(200) not null,
    pd_hours       numeric(6, 2) not null,
    completed_at   timestamptz  not null
);
