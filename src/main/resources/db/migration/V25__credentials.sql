-- Open Badges 3.0 credentials (#21).
--
-- Every certificate holds one bit in the issuer's revocation status list (W3C Bitstring Status
-- List): its index comes from a sequence and is never reused, so a bit that no valid certificate
-- holds (revoked, withdrawn with its attendance, or never issued because a transaction rolled back)
-- reads as revoked. The holder decides whether the credential may be fetched by anyone; the
-- identity salt makes the holder's hashed email in the credential unlinkable across certificates.
create sequence certificate_status_index minvalue 0 start with 0;

alter table certificate
    add column status_index      integer,
    add column identity_salt     varchar(64),
    add column credential_public boolean     not null default false,
    add column revoked_at        timestamptz,
    add column revoked_by        uuid        references account (id) on delete set null,
    add column revocation_reason varchar(500);

update certificate
   set status_index  = nextval('certificate_status_index'),
       identity_salt = md5(random()::text || code || clock_timestamp()::text);

alter table certificate
    alter column status_index  set default nextval('certificate_status_index'),
    alter column status_index  set not null,
    alter column identity_salt set default md5(random()::text || clock_timestamp()::text),
    alter column identity_salt set not null,
    add constraint certificate_status_index_once unique (status_index),
    add constraint certificate_status_index_range check (status_index >= 0),
    add constraint certificate_revocation_reason
        check ((revoked_at is null) = (revocation_reason is null));

alter sequence certificate_status_index owned by certificate.status_index;

-- The issuer's signing keys (ES256, P-256). Every key ever used keeps its public JWK here and stays
-- in the published JWKS, so credentials signed before a rotation still verify. Only a generated key
-- that is current keeps its private half here (a configured one stays in PATHWAYS_ISSUER_KEY);
-- rotation erases the private half of the key it retires. Exactly one key is current.
create table issuer_key (
    kid          varchar(100) primary key,
    public_jwk   text         not null,
    private_jwk  text,
    configured   boolean      not null,
    current      boolean      not null,
    created_at   timestamptz  not null,
    retired_at   timestamptz,
    constraint issuer_key_private_only_generated check (not (configured and private_jwk is not null))
);
create unique index issuer_key_one_current on issuer_key (current) where current;
