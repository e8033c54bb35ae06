-- LTI Assignment and Grade Services (#20). A grade link: the LMS gradebook column (line item) that
-- a launch named for this account's course, and the LMS's own id for the person (its sub). The
-- sweep sends the course's progress fraction as a score when it differs from the last score the
-- LMS acknowledged (sent_score); a failed send counts attempts and waits until next_attempt_at
-- (exponential back-off), keeping the last error (never a token). Claiming a link moves
-- next_attempt_at forward first, so that two instances never send the same score at once.
create table lti_grade_link (
    id                uuid          primary key,
    platform_id       uuid          not null references lti_platform (id) on delete cascade,
    account_id        uuid          not null references account (id) on delete cascade,
    course_slug       varchar(60)   not null,
    lineitem_url      varchar(2000) not null,
    lms_user          varchar(255)  not null,
    sent_score        numeric(5, 4) check (sent_score between 0 and 1),
    sent_at           timestamptz,
    seen_activity_at  timestamptz,
    attempts          integer       not null default 0 check (attempts >= 0),
    next_attempt_at   timestamptz   not null,
    last_error        varchar(500),
    created_at        timestamptz   not null,
    constraint lti_grade_link_once unique (platform_id, lineitem_url, account_id)
);
create index lti_grade_link_due on lti_grade_link (next_attempt_at);
create index lti_grade_link_enrollment on lti_grade_link (account_id, course_slug);
