package org.pathways.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.util.UUID;

/**
 * A step a teacher completed, by the step's slug. Written with "insert ... on conflict do nothing",
 * so that a repeated request changes nothing.
 */
@Entity
@Table(name = "step_completion")
@IdClass(StepCompletion.Key.class)
@NamedQuery(
    name = StepCompletion.OF_ENROLLMENT,
    query = "select c from StepCompletion c where c.enrollmentId = :enrollment")
@NamedQuery(
    name = StepCompletion.OF_ENROLLMENTS,
    query = "select c from StepCompletion c where c.enrollmentId in :enrollments")
public class StepCompletion {

  public static final String OF_ENROLLMENT = "StepCompletion.ofEnrollment";
  public static final String OF_ENROLLMENTS = "StepCompletion.ofEnrollments";

  @Id
  @Column(name = "enrollment_id")
  private UUID enrollmentId;

  @Id
  @Column(name = "step_key")
  private String stepKey;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  protected StepCompletion() {
    // for JPA
  }

  public UUID getEnrollmentId() {
    return enrollmentId;
  }

  public String getStepKey() {
    return stepKey;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private UUID enrollmentId;
    private String stepKey;

    public Key() {}

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && java.util.Objects.equals(enrollmentId, key.enrollmentId)
          && java.util.Objects.equals(stepKey, key.stepKey);
    }

    @Override
    public int hashCode() {
      return java.util.Objects.hash(enrollmentId, stepKey);
    }
  }
}
