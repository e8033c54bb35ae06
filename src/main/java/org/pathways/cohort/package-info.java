/**
 * District cohorts: a group of teachers taking a course together, its facilitators, and the code
 * teachers type to enrol.
 *
 * <p>Rules: program managers and administrators create cohorts; a cohort is read by its
 * facilitators, program managers and administrators, and is not found for anyone else. Facilitators
 * are invited by email and facilitate only once the owner of the address accepts; whoever is taken
 * off the list, or loses the FACILITATOR role, loses the cohort at their next request (the list is
 * read from the database, never cached). Codes are eight characters from an alphabet without
 * look-alikes (no 0/O, 1/I/L), compared without case, spaces or dashes, and may expire. Learning
 * depends on cohorts, never the reverse: a cohort's teachers and their progress come through {@link
 * org.pathways.cohort.boundary.CohortTeachers}, which learning answers.
 */
package org.pathways.cohort;
