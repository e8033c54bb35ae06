package org.pathways.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.io.Serializable;
import java.util.Objects;
import java.util.UUID;

/**
 * A row about one step of one enrolment (a completion, a reflection draft): the enrolment and the
 * step's key are its key, {@link Key}.
 */
@MappedSuperclass
public abstract class EnrollmentStep {

  @Id
  @Column(name = "enrollment_id")
  private UUID enrollmentId;

  @Id
  @Column(name = "step_key")
  private String stepKey;

  protected EnrollmentStep() {
    // for JPA
  }

  protected EnrollmentStep(UUID enrollmentId, String stepKey) {
    this.enrollmentId = enrollmentId;
    this.stepKey = stepKey;
  }

  public UUID getEnrollmentId() {
    return enrollmentId;
  }

  public String getStepKey() {
    return stepKey;
  }

  /** The composite key. */
  public static class Key implements Serializable {
    private static final long serialVersionUID = 1L;
    private UUID enrollmentId;
    private String stepKey;

    public Key() {}

    public Key(UUID enrollmentId, String stepKey) {
      this.enrollmentId = enrollmentId;
      this.stepKey = stepKey;
    }

    @Override
    public boolean equals(Object other) {
      return other instanceof Key key
          && Objects.equals(enrollmentId, key.enrollmentId)
          && Objects.equals(stepKey, key.stepKey);
    }

    @Override
    public int hashCode() {
      return Objects.hash(enrollmentId, stepKey);
    }
  }
}
