package org.pathways.learning.entity;

import java.time.Instant;
import java.util.UUID;
import org.pathways.content.entity.Course;
import org.pathways.content.entity.Step;

/**
 * A kept quiz attempt below the pass mark (the {@code attempt}th kept for the enrolment and step),
 * fired inside the transaction that stored it.
 */
public record QuizFailed(
    UUID enrollment,
    UUID account,
    Course course,
    Step step,
    long attempt,
    QuizResult quiz,
    Instant at) {}
