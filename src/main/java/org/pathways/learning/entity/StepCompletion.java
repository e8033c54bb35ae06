package org.pathways.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A step a teacher completed, by the step's slug. Written with "insert ... on conflict do nothing",
 * so that a repeated request changes nothing.
 */
@Entity
@Table(name = "step_completion")
@IdClass(EnrollmentStep.Key.class)
@NamedQuery(
    name = StepCompletion.OF_ENROLLMENT,
    query = "select c from StepCompletion c where c.enrollmentId = :enrollment")
@NamedQuery(
    name = StepCompletion.OF_ENROLLMENTS,
    query = "select c from StepCompletion c where c.enrollmentId in :enrollments")
public class StepCompletion extends EnrollmentStep {

  public static final String OF_ENROLLMENT = "StepCompletion.ofEnrollment";
  public static final String OF_ENROLLMENTS = "StepCompletion.ofEnrollments";

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  protected StepCompletion() {
    // for JPA
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
