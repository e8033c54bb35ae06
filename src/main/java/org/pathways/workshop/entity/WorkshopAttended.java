package org.pathways.workshop.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * A teacher's attendance at a workshop session newly recorded (a check-in, or a facilitator's
 * mark), fired inside the transaction that recorded it.
 */
public record WorkshopAttended(
    UUID workshop, String title, UUID session, Instant sessionStarts, UUID account, Instant at) {}
