package org.pathways.identity.entity;

import java.util.UUID;

/** Fired inside the deletion's transaction: every feature deletes what it holds for the account. */
public record AccountDeleted(UUID account) {}
