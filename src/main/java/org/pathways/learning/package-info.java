/**
 * A teacher's journey through a course: enrolment, progress, the step player and certificates.
 *
 * <p>Rules: one enrolment per teacher and course; progress is a row per completed step keyed by the
 * step's slug, written when it happens and idempotent; what counts is decided by the course's
 * current version ({@link org.pathways.learning.entity.CourseProgress}), so edits and re-ordering
 * keep progress and retired steps stop counting; a certificate, once issued, stays. Only the
 * teacher reads or writes their enrolment (facilitators of their cohort, program managers and
 * administrators may read it); to anyone else it does not exist. A teacher with no enrolment yet is
 * shown where to start: the served course for the grades they teach ({@link
 * org.pathways.learning.control.CourseSuggestion}). The step page shows a quiz's choices in an
 * order that changes with each graded attempt ({@link org.pathways.learning.control.ChoiceOrder});
 * answers are graded by choice key, and the API keeps the authored order. The API's step view is
 * served from memory ({@link org.pathways.learning.control.LearnerStates}, by the teacher's own
 * account, forgotten through {@link org.pathways.platform.control.CacheInvalidation} whenever the
 * enrolment is written). A certificate stays but administrators may revoke it, with a reason that
 * verification then shows; its holder decides whether its Open Badges credential is public ({@link
 * org.pathways.learning.boundary.CertificateStanding}, read by the credential feature).
 */
package org.pathways.learning;
