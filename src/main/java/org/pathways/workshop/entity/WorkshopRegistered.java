package org.pathways.workshop.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * A teacher took a seat in a workshop (on registering, or promoted from the waitlist), fired inside
 * the transaction that gave it.
 */
public record WorkshopRegistered(UUID workshop, String title, UUID account, Instant at) {}
