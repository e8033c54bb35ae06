/**
 * District cohorts: a group of teachers taking a course together, its facilitators, and the code
 * teachers type to enrol.
 *
 * <p>Rules: program managers and administrators create cohorts; a cohort is read by its
 * facilitators, program managers and administrators, and is not found for anyone else. Facilitators
 * are invited by email and facilitate only once the owner of the address accepts; whoever is taken
 * off the list, or loses the FACILITATOR role, loses the cohort at their next request (the list is
 * read from the database, never cached). Codes are eight characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), compared without case, spaces or dashes, and may expire; a new code
 * ends the previous one at once. Program managers, administrators and the managers of a cohort's
 * district edit it (name 1..120 characters, no target date or code expiry before today, 1..365 idle
 * days), give it a new code and close it ({@code CohortSettings}); its facilitators are refused
 * (403). Closing is final and idempotent: the cohort's settings and code are then read-only (only
 * its facilitators' list still changes), its code enrols nobody, its teachers' work is refused
 * (409) while everything they did stays readable, and its forum space is archived. Learning depends
 * on cohorts, never the reverse: a cohort's teachers and their progress come through {@link
 * org.pathways.cohort.boundary.CohortTeachers}, which learning answers.
 */
package org.pathways.cohort;
