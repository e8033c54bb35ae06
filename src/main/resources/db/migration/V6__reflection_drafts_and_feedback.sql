-- The draft a teacher is writing, one per enrolment and prompt, saved every few seconds. Its
-- revision rises with every save, so that a stale copy (another tab, another device) is refused
-- instead of overwriting newer text.
create table reflection_draft (
    enrollment_id  uuid        not null references enrollment (id) on delete cascade,
    step_key       varchar(60) not null,
    text           text        not null,
    revision       integer     not null,
    saved_at       timestamptz not null,
    primary key (enrollment_id, step_key)
);

-- A facilitator's feedback on a submitted reflection.
create table reflection_feedback (
    id             uuid primary key,
    submission_id  uuid         not null references reflection_submission (id) on delete cascade,
    author_id      uuid references account (id) on delete set null,
    author_name    varchar(120) not null,
    text           text         not null,
    created_at     timestamptz  not null
);
create index reflection_feedback_submission on reflection_feedback (submission_id, created_at);

create index reflection_submission_step on reflection_submission (enrollment_id, step_key, version desc);
