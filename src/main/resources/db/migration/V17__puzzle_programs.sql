-- A teacher's latest program for each puzzle step they worked on, so that the puzzle opens with
-- it (solved or not). The program is kept in the step page's text form; one row per enrolment and
-- step, replaced on every check. The step's completion stays in step_completion.
create table puzzle_program (
    enrollment_id  uuid         not null references enrollment (id) on delete cascade,
    step_key       varchar(60)  not null,
    program        varchar(4000) not null,
    solved         boolean      not null,
    runs           integer      not null default 1,
    updated_at     timestamptz  not null,
    primary key (enrollment_id, step_key)
);

-- The content registry accepts the new step kind.
alter table content_step drop constraint content_step_kind;
alter table content_step add constraint content_step_kind
    check (kind in ('PAGE', 'VIDEO', 'QUIZ', 'PUZZLE', 'REFLECTION', 'WORKSHOP', 'FORUM', 'RESOURCE'));
