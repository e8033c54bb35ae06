package org.pathways.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A teacher taking a course, perhaps with a district cohort. */
@Entity
@Table(name = "enrollment")
@NamedQuery(
    name = Enrollment.OF_ACCOUNT,
    query =
        "select e from Enrollment e where e.accountId = :account order by e.lastActivityAt desc")
@NamedQuery(
    name = Enrollment.OF_ACCOUNT_IN_COURSE,
    query = "select e from Enrollment e where e.accountId = :account and e.courseSlug = :course")
@NamedQuery(
    name = Enrollment.OF_COHORT,
    query = "select e from Enrollment e where e.cohortId = :cohort order by e.enrolledAt")
public class Enrollment {

  public static final String OF_ACCOUNT = "Enrollment.ofAccount";
  public static final String OF_ACCOUNT_IN_COURSE = "Enrollment.ofAccountInCourse";
  public static final String OF_COHORT = "Enrollment.ofCohort";

  @Id private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "course_slug", nullable = false, updatable = false)
  private String courseSlug;

  /** A String: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "cohort_id")
  private String cohortId;

  @Column(name = "enrolled_at", nullable = false, updatable = false)
  private Instant enrolledAt;

  @Column(name = "last_activity_at", nullable = false)
  private Instant lastActivityAt;

  @Column(name = "last_step_key")
  private String lastStepKey;

  @Column(name = "completed_at")
  private Instant completedAt;

  protected Enrollment() {
    // for JPA
  }

  public Enrollment(UUID accountId, String courseSlug, UUID cohortId, Instant at) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.courseSlug = courseSlug;
    this.cohortId = cohortId == null ? null : cohortId.toString();
    this.enrolledAt = at;
    this.lastActivityAt = at;
  }

  /** The teacher worked on this step: "Continue" starts from here. */
  public void workedOn(String stepKey, Instant at) {
    this.lastStepKey = stepKey;
    this.lastActivityAt = at;
  }

  /** The teacher gave a cohort's code after enrolling on their own. */
  public void joinCohort(UUID cohort) {
    if (cohortId == null) {
      cohortId = cohort.toString();
    }
  }

  /** Marks the course complete, once; true when this call completed it. */
  public boolean complete(Instant at) {
    if (completedAt != null) {
      return false;
    }
    completedAt = at;
    return true;
  }

  public boolean completed() {
    return completedAt != null;
  }

  public boolean belongsTo(UUID account) {
    return accountId.equals(account);
  }

  public UUID getId() {
    return id;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public String getCourseSlug() {
    return courseSlug;
  }

  public UUID getCohortId() {
    return cohortId == null ? null : UUID.fromString(cohortId);
  }

  public Instant getEnrolledAt() {
    return enrolledAt;
  }

  public Instant getLastActivityAt() {
    return lastActivityAt;
  }

  public String getLastStepKey() {
    return lastStepKey;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }

  @Override
  public String toString() {
    return "enrollment " + id;
  }
}
