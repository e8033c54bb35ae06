-- Calendar-feed addresses are no longer stored: only the SHA-256 of their secret (to find the feed)
-- and a random nonce, from which the platform derives the secret again with its key (HMAC-SHA-256)
-- to show the address. Earlier secrets were stored as they are; they cannot be derived, so they are
-- dropped: those addresses answer 404, naming the journey page where the new one is.
delete from calendar_feed;
alter table calendar_feed drop column token;
alter table calendar_feed add column token_hash char(64) not null unique;
alter table calendar_feed add column nonce uuid not null;

-- The key used when PATHWAYS_CALENDAR_FEED_KEY is not set: random per database, so that feeds work
-- on every instance without setting anything. Setting the variable keeps the key out of the
-- database, so that a copy of the database alone cannot rebuild any address.
create table calendar_feed_key (
    id      integer primary key constraint calendar_feed_key_one check (id = 1),
    secret  text not null
);
insert into calendar_feed_key (id, secret)
values (1, replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', ''));
