-- Live updates (GET /api/me/events): each event for a teacher's open pages is a row written in the
-- transaction of its cause (a step completed, feedback given, a forum notification), followed by a
-- NOTIFY on channel pathways_live that PostgreSQL delivers only when that transaction commits. Every
-- instance LISTENs and sends the row to its own open streams of that account. Rows are kept about
-- 15 minutes (a sweep deletes older ones) so that a page reconnecting with Last-Event-ID gets what
-- it missed; the id orders the events of an account.
create table live_event (
    id          bigserial    primary key,
    account_id  uuid         not null references account (id) on delete cascade,
    kind        varchar(20)  not null check (kind in ('progress', 'feedback', 'notification')),
    data        text         not null,
    created_at  timestamptz  not null
);
create index live_event_account on live_event (account_id, id);
create index live_event_age on live_event (created_at);
