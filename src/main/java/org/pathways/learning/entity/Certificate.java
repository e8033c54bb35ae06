package org.pathways.learning.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * A course certificate. Holder, title and hours are kept as issued: later edits of the course or
 * the profile do not change a certificate, and adding a step to the course does not take it away.
 */
@Entity
@Table(name = "certificate")
@NamedQuery(
    name = Certificate.OF_ENROLLMENT,
    query = "select c from Certificate c where c.enrollmentId = :enrollment")
public class Certificate {

  public static final String OF_ENROLLMENT = "Certificate.ofEnrollment";

  @Id private String code;

  @Column(name = "enrollment_id", nullable = false, updatable = false)
  private UUID enrollmentId;

  @Column(name = "holder_name", nullable = false, updatable = false)
  private String holderName;

  @Column(name = "course_slug", nullable = false, updatable = false)
  private String courseSlug;

  @Column(name = "course_title", nullable = false, updatable = false)
  private String courseTitle;

  @Column(name = "pd_hours", nullable = false, updatable = false)
  private BigDecimal pdHours;

  @Column(name = "completed_at", nullable = false, updatable = false)
  private Instant completedAt;

  protected Certificate() {
    // for JPA
  }

  public Certificate(
      String code,
      UUID enrollmentId,
      String holderName,
      String courseSlug,
      String courseTitle,
      BigDecimal pdHours,
      Instant completedAt) {
    this.code = code;
    this.enrollmentId = enrollmentId;
    this.holderName = holderName;
    this.courseSlug = courseSlug;
    this.courseTitle = courseTitle;
    this.pdHours = pdHours;
    this.completedAt = completedAt;
  }

  public String getCode() {
    return code;
  }

  public UUID getEnrollmentId() {
    return enrollmentId;
  }

  public String getHolderName() {
    return holderName;
  }

  public String getCourseSlug() {
    return courseSlug;
  }

  public String getCourseTitle() {
    return courseTitle;
  }

  public BigDecimal getPdHours() {
    return pdHours;
  }

  public Instant getCompletedAt() {
    return completedAt;
  }
}
