package org.pathways.identity.entity;

import java.util.UUID;

/**
 * Fired inside the deletion's transaction, before the account's row goes. What features keep on the
 * account goes with that row through foreign keys ({@code on delete cascade}: enrolments with their
 * steps, certificates and reflections, registrations, attendance, forum follows and settings;
 * {@code set null} where others' records stay, such as forum posts and cohorts created). Observe it
 * only for what no foreign key reaches: identity drops the invitations sent to the address.
 */
public record AccountDeleted(UUID account) {}
