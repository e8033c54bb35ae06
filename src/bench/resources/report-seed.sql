-- The program report benchmark's data: 50 districts, 200 cohorts (four per district, middle- and
-- high-school), 10,000 teachers enrolled through them, their step completions, completions and
-- certificates, and per district a middle- and a high-school phase-2 workshop with three sessions,
-- registrations (60%) and attendance. Everything it makes is named "Bench" (accounts end in
-- @bench.invalid and cannot sign in). Run once: it stops when its districts exist.
do $$
begin
  if exists (select 1 from district where name = 'Bench district 1') then
    return;
  end if;

  insert into district (id, name, state, created_at)
  select md5('bench-district-' || d)::uuid, 'Bench district ' || d, 'TX', now()
  from generate_series(1, 50) d;

  insert into cohort (id, name, district, course_slug, code, created_at, district_id)
  select md5('bench-cohort-' || c)::uuid, 'Bench cohort ' || c, 'Bench district ' || (c % 50 + 1),
         case when c % 2 = 0 then 'ms-phase-1-cs-in-math-science' else 'hs-phase-1-foundations' end,
         'BENCH' || c, now(), md5('bench-district-' || (c % 50 + 1))::uuid
  from generate_series(1, 200) c;

  insert into account (id, email, name, password_hash, created_at, updated_at)
  select md5('bench-teacher-' || t)::uuid, 'bench-teacher-' || t || '@bench.invalid',
         'Bench teacher ' || t, 'no-sign-in', now(), now()
  from generate_series(1, 10000) t;
  insert into account_role (account_id, role)
  select md5('bench-teacher-' || t)::uuid, 'TEACHER' from generate_series(1, 10000) t;

  -- Teacher t is in cohort t % 200 + 1; enrolled up to 330 days ago, active since, 30% completed.
  insert into enrollment (id, account_id, course_slug, cohort_id, enrolled_at, last_activity_at,
                          completed_at)
  select md5('bench-enrollment-' || t)::uuid, md5('bench-teacher-' || t)::uuid, c.course_slug, c.id,
         now() - ((t % 330) || ' days')::interval,
         now() - ((t % 45) || ' days')::interval,
         case when t % 10 < 3 then now() - ((t % 45) || ' days')::interval end
  from generate_series(1, 10000) t
  join cohort c on c.id = md5('bench-cohort-' || (t % 200 + 1))::uuid;

  insert into step_completion (enrollment_id, step_key, completed_at)
  select md5('bench-enrollment-' || t)::uuid, 'bench-step-' || s,
         now() - (((t + s * 7) % 60) || ' days')::interval
  from generate_series(1, 10000) t, generate_series(1, 5) s;

  insert into certificate (code, enrollment_id, holder_name, course_slug, course_title, pd_hours,
                           completed_at)
  select 'PB-' || lpad(t::text, 8, '0'), e.id, 'Bench teacher ' || t, e.course_slug, 'Bench course',
         20, e.completed_at
  from generate_series(1, 10000) t
  join enrollment e on e.id = md5('bench-enrollment-' || t)::uuid
  where e.completed_at is not null;

  -- Per district a middle-school and a high-school phase-2 workshop, three days two months ago.
  insert into workshop (id, title, program_slug, phase, kind, capacity, time_zone, meeting_url,
                        first_start, last_end, created_at, updated_at, district_id)
  select md5('bench-workshop-' || d || '-' || p)::uuid, 'Bench workshop ' || d || p,
         case when p = 0 then 'middle-school' else 'high-school' end, 2,
         case when p = 0 then 'MULTI_DAY' else 'SUMMER' end, 10000, 'America/Chicago',
         'https://meet.bench.invalid/' || d || p,
         now() - interval '60 days', now() - interval '58 days', now(), now(),
         md5('bench-district-' || d)::uuid
  from generate_series(1, 50) d, generate_series(0, 1) p;

  insert into workshop_session (id, workshop_id, position, starts_at, ends_at, attendance_code)
  select md5('bench-session-' || d || '-' || p || '-' || s)::uuid,
         md5('bench-workshop-' || d || '-' || p)::uuid, s,
         now() - ((61 - s) || ' days')::interval,
         now() - ((61 - s) || ' days')::interval + interval '7 hours', 'BN' || s || p
  from generate_series(1, 50) d, generate_series(0, 1) p, generate_series(1, 3) s;

  -- 60% of the teachers register for their district's workshop of their program; 80% of those
  -- attend each session.
  insert into workshop_registration (id, workshop_id, account_id, status, queue_number, created_at,
                                     updated_at)
  select md5('bench-registration-' || t)::uuid,
         md5('bench-workshop-' || ((t % 200 + 1) % 50 + 1) || '-'
             || case when (t % 200 + 1) % 2 = 0 then 0 else 1 end)::uuid,
         md5('bench-teacher-' || t)::uuid, 'REGISTERED', nextval('workshop_queue'),
         now() - interval '90 days', now() - interval '90 days'
  from generate_series(1, 10000) t
  where t % 10 < 6;

  insert into workshop_attendance (session_id, account_id, checked_in_at, method)
  select s.id, r.account_id, s.starts_at, 'CODE'
  from workshop_registration r
  join workshop_session s on s.workshop_id = r.workshop_id
  where r.id in (select md5('bench-registration-' || t)::uuid
                 from generate_series(1, 10000) t where t % 10 < 6)
    and (hashtext(r.account_id::text || s.position) & 1023) < 820;

  update workshop w set registered = (select count(*) from workshop_registration r
                                      where r.workshop_id = w.id and r.status = 'REGISTERED')
  where w.title like 'Bench workshop %';
  analyze;
end
$$;
