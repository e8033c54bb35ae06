/**
 * Facilitation: what the people around a teacher see. "My cohorts" (each cohort the caller may read
 * with its teachers, active in the last 7 days, completed, at risk and reflections awaiting
 * feedback), a cohort's progress as a matrix of teachers by module (also as CSV), and the workshops
 * a facilitator runs.
 *
 * <p>Rules: a cohort is read as the cohort feature decides (its facilitators, the managers of its
 * district, program managers and administrators); to anyone else it does not exist (404). A teacher
 * is at risk by {@link org.pathways.facilitation.control.AtRisk}: idle for the cohort's idle days,
 * or their required steps left no longer fit before the target date at their recent pace; the
 * target date is the cohort's own, else the start of the next Phase 2 workshop of its course's
 * program (in its district when it has one). Progress comes in bulk from learning and counts from
 * reflection, a fixed number of statements whatever the number of teachers or cohorts. This feature
 * sits on top: it calls the facades below it, and nothing depends on it.
 */
package org.pathways.facilitation;
