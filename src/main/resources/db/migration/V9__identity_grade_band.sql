-- The grades a teacher teaches (optional), in the catalog's grade-band codes, so that their first
-- page can suggest the course that fits them.
alter table account
    add column grade_band varchar(4)
        constraint account_grade_band_known check (grade_band in ('K-5', '6-8', '9-12'));
