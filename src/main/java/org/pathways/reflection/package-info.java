/**
 * Reflections: what a teacher writes in answer to a reflection prompt.
 *
 * <p>Rules so far: a submission needs the prompt's minimum number of words and at most 20,000
 * words; every submitted version is kept with its time and visibility; a retried submission with
 * the same {@code Idempotency-Key} returns its first result; submitting completes the step. Only
 * the author submits, and not once their cohort is closed (409; what they wrote stays readable). A
 * cohort's facilitators work through its queue oldest first (awaiting feedback by default); the
 * teacher hears of feedback by an in-app notice on their course and the step, which they mark read
 * there by a POST ({@code FeedbackNotices}; viewing changes nothing), and by mail unless they
 * turned it off on their profile (on by default).
 */
package org.pathways.reflection;
