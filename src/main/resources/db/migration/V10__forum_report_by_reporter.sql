-- A reporter's reports of the last day are counted before each new one (at most 30 a day).
create index forum_report_by_reporter on forum_report (reporter_id, created_at);
