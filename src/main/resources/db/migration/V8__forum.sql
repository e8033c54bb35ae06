-- The community forum: threads in spaces (community spaces from modules/community.yaml, one per
-- course, one per cohort), posts with their edit history, what each teacher has read and follows,
-- in-app notifications, reports, and digest settings. A space is named by its key: the community
-- key, "course:<slug>" or "cohort:<id>".
create table forum_thread (
    id            uuid primary key,
    space_key     varchar(80)  not null,
    title         varchar(200) not null,
    author_id     uuid references account (id) on delete set null,
    step_course   varchar(60),
    step_key      varchar(60),
    pinned        boolean      not null default false,
    locked        boolean      not null default false,
    post_count    integer      not null default 0,
    last_post_at  timestamptz  not null,
    created_at    timestamptz  not null,
    version       bigint       not null default 0,
    constraint forum_thread_step check ((step_course is null) = (step_key is null))
);
-- Threads by latest activity, pinned first: keyset paging on (pinned, last_post_at, id).
create index forum_thread_space on forum_thread (space_key, pinned desc, last_post_at desc, id desc);
-- One discussion per step.
create unique index forum_thread_step_once on forum_thread (step_course, step_key)
    where step_key is not null;

create table forum_post (
    id          uuid primary key,
    thread_id   uuid        not null references forum_thread (id) on delete cascade,
    seq         integer     not null,
    author_id   uuid references account (id) on delete set null,
    body        text        not null,
    created_at  timestamptz not null,
    edited_at   timestamptz,
    deleted_at  timestamptz,
    hidden_at   timestamptz,
    hidden_by   uuid references account (id) on delete set null,
    search      tsvector generated always as (to_tsvector('english', body)) stored,
    constraint forum_post_order unique (thread_id, seq)
);
create index forum_post_search on forum_post using gin (search);
create index forum_post_author on forum_post (author_id);

-- Every earlier text of an edited post.
create table forum_post_revision (
    id         bigint generated always as identity primary key,
    post_id    uuid        not null references forum_post (id) on delete cascade,
    body       text        not null,
    replaced_at timestamptz not null,
    edited_by  uuid references account (id) on delete set null
);
create index forum_post_revision_post on forum_post_revision (post_id);

-- How far each teacher has read a thread (the seq of the last post seen).
create table forum_read (
    account_id  uuid    not null references account (id) on delete cascade,
    thread_id   uuid    not null references forum_thread (id) on delete cascade,
    last_seq    integer not null,
    primary key (account_id, thread_id)
);

create table forum_follow (
    account_id  uuid        not null references account (id) on delete cascade,
    thread_id   uuid        not null references forum_thread (id) on delete cascade,
    created_at  timestamptz not null,
    primary key (account_id, thread_id)
);
create index forum_follow_thread on forum_follow (thread_id);

create table forum_notification (
    id          bigint generated always as identity primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    thread_id   uuid        not null references forum_thread (id) on delete cascade,
    post_id     uuid        not null references forum_post (id) on delete cascade,
    created_at  timestamptz not null,
    read_at     timestamptz,
    constraint forum_notification_once unique (account_id, post_id)
);
create index forum_notification_account on forum_notification (account_id, created_at desc);

create table forum_report (
    id           uuid primary key,
    post_id      uuid         not null references forum_post (id) on delete cascade,
    reporter_id  uuid references account (id) on delete set null,
    reason       varchar(1000) not null,
    created_at   timestamptz  not null,
    resolved_at  timestamptz,
    resolved_by  uuid references account (id) on delete set null
);
create index forum_report_open on forum_report (post_id) where resolved_at is null;

-- How a teacher hears about followed threads; by default a daily digest, never a mail per post.
create table forum_settings (
    account_id      uuid primary key references account (id) on delete cascade,
    email           varchar(10) not null default 'DAILY' check (email in ('DAILY', 'EACH_POST', 'NONE')),
    last_digest_at  timestamptz
);

-- A digest is claimed by inserting its row, so several instances never send it twice.
create table forum_digest (
    account_id  uuid not null references account (id) on delete cascade,
    day         date not null,
    sent_at     timestamptz not null,
    primary key (account_id, day)
);
