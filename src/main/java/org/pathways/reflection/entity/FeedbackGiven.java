package org.pathways.reflection.entity;

import java.time.Instant;
import java.util.UUID;

/**
 * A facilitator's feedback on a teacher's reflection, fired inside the transaction that saved it
 * (observers that write must write in it): whose reflection ({@code account}), on which enrolment
 * and step.
 */
public record FeedbackGiven(
    UUID feedback, UUID account, UUID enrollment, String courseSlug, String stepKey, Instant at) {}
