/**
 * Reflections: what a teacher writes in answer to a reflection prompt.
 *
 * <p>Rules so far: a submission needs the prompt's minimum number of words and at most 20,000
 * words; every submitted version is kept with its time and visibility; a retried submission with
 * the same {@code Idempotency-Key} returns its first result; submitting completes the step. Only
 * the author submits. (Drafts, autosave, sharing and feedback come with the reflections issue.)
 */
package org.pathways.reflection;
