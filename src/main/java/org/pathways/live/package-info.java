/**
 * Live updates for a teacher's open pages ({@code GET /api/me/events}, server-sent events):
 * progress after a step is completed, a facilitator's feedback, forum notifications. Rules: an
 * event is a row written in the transaction of its cause with a NOTIFY that PostgreSQL delivers
 * only on commit, so nothing rolled back ever reaches a page; every instance LISTENs on one
 * connection of its own and sends an event only to that account's streams; a page that reconnects
 * with {@code Last-Event-ID} gets the rows it missed (kept about 15 minutes); at most a few streams
 * per account and instance, the oldest closed first; no shared thread ever waits on a slow client.
 */
package org.pathways.live;
