/**
 * Program reports: per program and phase, for the whole program, one district or one cohort and a
 * range of days, the figures a partnership's staff follow (API, page with a chart, CSV).
 *
 * <p>Figures, for the days {@code from..to} (both included, UTC; by default the 365 days to today):
 * <b>enrolled</b> teachers enrolled in the phase's online course on or before {@code to}, plus
 * teachers registered for one of the phase's workshops (both routes of a blended phase count);
 * <b>active7d</b>/<b>active30d</b> of those enrolled online, who had activity (a step completed or
 * opened) in the 7/30 days up to {@code to}; <b>onlineCompleted</b> who completed the course within
 * the range; <b>workshopRegistered</b> distinct teachers registered (not waitlisted nor cancelled)
 * for a phase's workshop with a session in the range; <b>workshopAttended</b> distinct teachers who
 * attended a session in the range; <b>pdHours</b> the hours of course certificates issued in the
 * range plus the hours the sessions attended in the range earn by the certificates' own rule (whole
 * quarter hours, capped per workshop kind: {@code workshop.control.PdHours}). A phase's online
 * course is the one {@code modules/programs.yaml} names; workshops carry their program and phase.
 * Demo workshops never count.
 *
 * <p>Scope: a district's online figures are those of its cohorts' teachers; its workshop figures
 * those of the workshops that belong to it. A cohort's figures are its teachers' (their enrolments
 * through the cohort, and their workshops wherever held).
 *
 * <p>Rules: program managers and administrators see every scope; a district manager only their own
 * districts (implied when they name none; another district, or a cohort of one, is not found);
 * everyone else is refused. A report costs a fixed number of grouped statements whatever the number
 * of teachers (see {@link org.pathways.report.boundary.ProgramReports}). It reads other features
 * only through their front doors; nothing depends on it.
 */
package org.pathways.report;
