/**
 * The in-person phases: workshops with sessions, found by distance from a ZIP code or a city,
 * registration with a waitlist, prerequisites across a program's phases, calendars, attendance
 * codes, PD hours and certificates, reminders, and the teacher's journey through a program.
 *
 * <p>Rules: program managers and administrators create and edit workshops; a district manager
 * creates and edits those of the districts they manage, in one of them only ({@code
 * control/WorkshopDistricts}), never a demo workshop (403 otherwise: workshops are public); anyone
 * may find and read them, but the online meeting link and the attendance codes are shown only to
 * registered teachers and to the workshop's facilitators and organisers respectively. Facilitators
 * are invited by email (see identity) and lose the roster at their next request once taken off the
 * list. Seats are counted on the workshop row under a lock, so a workshop is never overbooked and
 * the waitlist keeps arrival order. A teacher sees only their own registrations, attendance,
 * certificates and calendar feed, whose secret is stored only as a hash and ends with a password
 * reset or change. Codes are compared only while check-in is open (outside it every code gets the
 * same answer), and wrong codes are limited per teacher and workshop.
 */
package org.pathways.workshop;
