-- Every version of every content package the platform has loaded.
create table content_version (
    id         bigint generated always as identity primary key,
    package    varchar(80)  not null,
    hash       char(64)     not null,
    loaded_at  timestamptz  not null,
    constraint content_version_once unique (package, hash)
);

-- The steps of every course, known by slug. A step removed from its package is retired (retired_at
-- set), never deleted: learners' progress refers to it.
create table content_step (
    id               bigint generated always as identity primary key,
    course_slug      varchar(60) not null,
    step_key         varchar(60) not null,
    module_key       varchar(60) not null,
    kind             varchar(16) not null
        constraint content_step_kind check (kind in ('PAGE', 'VIDEO', 'QUIZ', 'REFLECTION', 'WORKSHOP', 'FORUM', 'RESOURCE')),
    required         boolean     not null,
    module_required  boolean     not null,
    module_position  integer     not null,
    position         integer     not null,
    first_seen_at    timestamptz not null,
    retired_at       timestamptz,
    constraint content_step_identity unique (course_slug, step_key)
);

create index content_step_current on content_step (course_slug) where retired_at is null;
