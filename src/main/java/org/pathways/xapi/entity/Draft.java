package org.pathways.xapi.entity;

import java.util.UUID;

/**
 * A statement ready for the outbox: its id, the event key the id was derived from, the account it
 * is about, and its JSON without the actor (added when sent).
 */
public record Draft(UUID id, String eventKey, UUID account, String body) {}
