package org.pathways.platform.control;

import java.time.Instant;

/**
 * Fired each time the database answers with an up-to-date schema (at start-up and after it was
 * away).
 */
public record SchemaReady(Instant at) {}
