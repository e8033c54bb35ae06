-- Indexes for program reports (the report feature): a course's enrolments, a teacher's step
-- completions within an activity window, and the workshop sessions held within a date range.
create index enrollment_course on enrollment (course_slug, cohort_id);
create index step_completion_time on step_completion (enrollment_id, completed_at);
create index workshop_session_start on workshop_session (starts_at);
