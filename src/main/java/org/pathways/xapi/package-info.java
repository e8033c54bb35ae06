/**
 * xAPI statements for a learning record store (LRS): what a teacher did (a step experienced, a quiz
 * passed or failed, a reflection answered, a module and a course completed, a workshop registered
 * and attended) as xAPI 1.0.3 statements with ADL verbs. Rules: nothing is written or sent while no
 * LRS is configured; a statement is written to an outbox in the transaction of its event, its id a
 * name-based UUID of the event (a resend never duplicates), its content fixed once written; a sweep
 * sends due statements in batches, retrying with back-off, several instances never sending the same
 * row at once; the actor is the platform account (an email only when an operator says so), and a
 * reflection's text is never sent.
 */
package org.pathways.xapi;
