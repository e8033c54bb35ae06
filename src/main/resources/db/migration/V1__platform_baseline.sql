-- The log of platform starts: when each instance started, which build and on which host.
create table platform_start (
    id          bigint generated always as identity primary key,
    started_at  timestamptz not null,
    version     varchar(64) not null,
    host        varchar(255) not null
);

create index platform_start_started_at on platform_start (started_at desc);
