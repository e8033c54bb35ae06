package org.pathways.reflection.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;
import org.pathways.content.entity.Visibility;

/** One submitted version of a teacher's reflection on a prompt. */
@Entity
@Table(name = "reflection_submission")
@NamedQuery(
    name = ReflectionSubmission.OF_STEP,
    query =
        "select s from ReflectionSubmission s where s.enrollmentId = :enrollment"
            + " and s.stepKey = :step order by s.version desc")
@NamedQuery(
    name = ReflectionSubmission.OF_ENROLLMENT,
    query =
        "select s from ReflectionSubmission s where s.enrollmentId = :enrollment"
            + " order by s.stepKey, s.version desc")
@NamedQuery(
    name = ReflectionSubmission.OF_ENROLLMENTS,
    query =
        "select s from ReflectionSubmission s where s.enrollmentId in :enrollments"
            + " order by s.submittedAt")
@NamedQuery(
    name = ReflectionSubmission.OF_ENROLLMENTS_VISIBLE,
    query =
        "select s from ReflectionSubmission s where s.enrollmentId in :enrollments"
            + " and s.visibility in :visibilities order by s.submittedAt, s.id")
@NamedQuery(
    name = ReflectionSubmission.OF_ENROLLMENTS_VISIBLE + ".count",
    query =
        "select count(s) from ReflectionSubmission s where s.enrollmentId in :enrollments"
            + " and s.visibility in :visibilities")
@NamedQuery(
    name = ReflectionSubmission.OF_ENROLLMENTS_UNREVIEWED,
    query =
        "select s from ReflectionSubmission s where s.enrollmentId in :enrollments"
            + " and s.visibility in :visibilities and not exists (select f from"
            + " ReflectionFeedback f where f.submissionId = s.id) order by s.submittedAt, s.id")
@NamedQuery(
    name = ReflectionSubmission.OF_ENROLLMENTS_UNREVIEWED + ".count",
    query =
        "select count(s) from ReflectionSubmission s where s.enrollmentId in :enrollments"
            + " and s.visibility in :visibilities and not exists (select f from"
            + " ReflectionFeedback f where f.submissionId = s.id)")
@NamedQuery(
    name = ReflectionSubmission.BY_KEY,
    query =
        "select s from ReflectionSubmission s where s.enrollmentId = :enrollment"
            + " and s.idempotencyKey = :key")
public class ReflectionSubmission {

  public static final String OF_STEP = "ReflectionSubmission.ofStep";
  public static final String BY_KEY = "ReflectionSubmission.byKey";
  public static final String OF_ENROLLMENT = "ReflectionSubmission.ofEnrollment";
  public static final String OF_ENROLLMENTS = "ReflectionSubmission.ofEnrollments";
  public static final String OF_ENROLLMENTS_VISIBLE = "ReflectionSubmission.ofEnrollmentsVisible";
  public static final String OF_ENROLLMENTS_UNREVIEWED =
      "ReflectionSubmission.ofEnrollmentsUnreviewed";

  /** Longer reflections are refused with a clear message; this is far beyond any prompt. */
  public static final int MAX_WORDS = 20_000;

  public static final int MAX_CHARACTERS = 200_000;

  @Id private UUID id;

  @Column(name = "enrollment_id", nullable = false, updatable = false)
  private UUID enrollmentId;

  @Column(name = "step_key", nullable = false, updatable = false)
  private String stepKey;

  @Column(nullable = false, updatable = false)
  private int version;

  @Column(nullable = false, updatable = false)
  private String text;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private Visibility visibility;

  @Column(name = "submitted_at", nullable = false, updatable = false)
  private Instant submittedAt;

  @Column(name = "idempotency_key", updatable = false)
  private String idempotencyKey;

  protected ReflectionSubmission() {
    // for JPA
  }

  public ReflectionSubmission(
      UUID enrollmentId,
      String stepKey,
      int version,
      String text,
      Visibility visibility,
      String idempotencyKey,
      Instant at) {
    this.id = UUID.randomUUID();
    this.enrollmentId = enrollmentId;
    this.stepKey = stepKey;
    this.version = version;
    this.text = text;
    this.visibility = visibility;
    this.idempotencyKey = idempotencyKey;
    this.submittedAt = at;
  }

  /** The teacher chose who may read it. */
  public void showTo(Visibility chosen) {
    this.visibility = chosen;
  }

  /** Words as a teacher counts them: runs of letters, digits and joining marks. */
  public static int words(String text) {
    if (text == null || text.isBlank()) {
      return 0;
    }
    return (int)
        java.util.Arrays.stream(text.strip().split("[\\s\\p{Z}]+"))
            .filter(word -> word.codePoints().anyMatch(Character::isLetterOrDigit))
            .count();
  }

  public UUID getId() {
    return id;
  }

  public UUID getEnrollmentId() {
    return enrollmentId;
  }

  public String getStepKey() {
    return stepKey;
  }

  public int getVersion() {
    return version;
  }

  public String getText() {
    return text;
  }

  public Visibility getVisibility() {
    return visibility;
  }

  public Instant getSubmittedAt() {
    return submittedAt;
  }
}
