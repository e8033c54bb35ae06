-- A district that requires its own provider: teachers whose email is in one of its domains sign in
-- through that provider (OpenID Connect) and not with a password. A domain belongs to one district.
create table sign_in_domain (
    domain       varchar(253) primary key,
    district_id  uuid         not null references district (id) on delete cascade,
    provider     varchar(64)  not null,
    set_by       uuid references account (id) on delete set null,
    set_at       timestamptz  not null
);
create index sign_in_domain_district on sign_in_domain (district_id);
