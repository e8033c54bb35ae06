/**
 * A teacher's PD transcript: one record of every activity that earned a certificate (each online
 * course completed and each workshop attended) over a range of days, a school year (July to June)
 * by default, with hours per activity and per workshop session and their total. Its lines are the
 * certificates' own hours, so a transcript always adds up to the certificates of the same range. It
 * is read as a page, JSON, CSV and a tagged PDF; the PDF carries a transcript code that anyone may
 * check on a public page showing the same lines.
 */
package org.pathways.transcript;
