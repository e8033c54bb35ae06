-- Submitted reflections: every version kept, with the visibility the teacher chose. A retried
-- submission with the same Idempotency-Key finds its first result.
create table reflection_submission (
    id               uuid primary key,
    enrollment_id    uuid         not null references enrollment (id) on delete cascade,
    step_key         varchar(60)  not null,
    version          integer      not null,
    text             text         not null,
    visibility       varchar(12)  not null
        constraint reflection_visibility check (visibility in ('PRIVATE', 'FACILITATORS', 'COHORT')),
    submitted_at     timestamptz  not null,
    idempotency_key  varchar(100),
    constraint reflection_version_once unique (enrollment_id, step_key, version),
    constraint reflection_key_once unique (enrollment_id, idempotency_key)
);
