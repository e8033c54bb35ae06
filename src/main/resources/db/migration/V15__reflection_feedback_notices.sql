-- A teacher hears about a facilitator's feedback: an in-app notice per feedback, shown on their
-- course and the step until they mark it read there (a POST), and a mail unless they turned it off.
create table reflection_notice (
    feedback_id    uuid primary key references reflection_feedback (id) on delete cascade,
    account_id     uuid         not null references account (id) on delete cascade,
    enrollment_id  uuid         not null references enrollment (id) on delete cascade,
    step_key       varchar(60)  not null,
    created_at     timestamptz  not null,
    read_at        timestamptz
);
create index reflection_notice_unread on reflection_notice (account_id, enrollment_id, step_key)
    where read_at is null;

-- Absent: the default, a mail for each feedback.
create table reflection_settings (
    account_id     uuid    primary key references account (id) on delete cascade,
    feedback_mail  boolean not null
);
