-- A teacher's language (the one they chose on any page, or signed up in) and time zone (an IANA
-- zone, asked once from the browser, changed on the profile). Both optional: without them pages
-- follow the browser's language and show times in UTC, mails are written in English.
alter table account
    add column language varchar(8)
        constraint account_language_known check (language in ('en', 'es')),
    add column time_zone varchar(64);
