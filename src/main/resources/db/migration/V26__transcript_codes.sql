-- The code printed on a transcript PDF: one per teacher and range of days, made the first time a
-- PDF of that range is made and the same on every later one. Its lines are not kept: the public
-- page reads them afresh from the certificates, so a corrected or removed certificate shows as it
-- stands now.
create table transcript_code (
    code        varchar(20) primary key,
    account_id  uuid        not null references account (id) on delete cascade,
    from_date   date        not null,
    to_date     date        not null,
    created_at  timestamptz not null,
    constraint transcript_code_once unique (account_id, from_date, to_date),
    constraint transcript_code_range check (from_date <= to_date)
);

-- A teacher's workshop certificates, read for their transcript.
create index certificate_account on certificate (account_id) where account_id is not null;
