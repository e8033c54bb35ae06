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
 * A certificate of a completed course or of attendance at a workshop. Holder, title and hours are
 * kept as issued: later edits of the course or the profile do not change a course certificate, and
 * adding a step to the course does not take it away. A workshop certificate's hours follow the
 * attendance recorded (see the workshop feature).
 */
@Entity
@Table(name = "certificate")
@NamedQuery(
    name = Certificate.OF_ENROLLMENT,
    query = "select c from Certificate c where c.enrollmentId = :enrollment")
@NamedQuery(
    name = Certificate.OF_WORKSHOP,
    query = "select c from Certificate c where c.workshopId = :workshop and c.accountId = :account")
@NamedQuery(
    name = Certificate.OF_WORKSHOPS,
    query = "select c from Certificate c where c.accountId = :account and c.workshopId is not null")
public class Certificate {

  public static final String OF_ENROLLMENT = "Certificate.ofEnrollment";
  public static final String OF_WORKSHOP = "Certificate.ofWorkshop";
  public static final String OF_WORKSHOPS = "Certificate.ofWorkshops";

  @Id private String code;

  /** Strings: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "enrollment_id", updatable = false)
  private String enrollmentId;

  @Column(name = "workshop_id", updatable = false)
  private String workshopId;

  @Column(name = "account_id", updatable = false)
  private String accountId;

  @Column(name = "holder_name", nullable = false, updatable = false)
  private String holderName;

  @Column(name = "course_slug", updatable = false)
  private String courseSlug;

  @Column(name = "course_title", nullable = false, updatable = false)
  private String courseTitle;

  @Column(name = "pd_hours", nullable = false)
  private BigDecimal pdHours;

  @Column(name = "completed_at", nullable = false)
  private Instant completedAt;

  /** Its bit in the issuer's revocation status list: the database gives it at insert. */
  @Column(name = "status_index", insertable = false, updatable = false)
  private Integer statusIndex;

  /** Salts the holder's hashed email in the credential (the database makes it at insert). */
  @Column(name = "identity_salt", insertable = false, updatable = false)
  private String identitySalt;

  @Column(name = "credential_public", nullable = false)
  private boolean credentialPublic;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  @Column(name = "revoked_by")
  private String revokedBy;

  @Column(name = "revocation_reason")
  private String revocationReason;

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
    this.enrollmentId = enrollmentId.toString();
    this.holderName = holderName;
    this.courseSlug = courseSlug;
    this.courseTitle = courseTitle;
    this.pdHours = pdHours;
    this.completedAt = completedAt;
  }

  public String getCode() {
    return code;
  }

  /** A workshop certificate: its hours are those attended so far (see {@link #attended}). */
  public static Certificate ofWorkshop(
      String code,
      UUID workshopId,
      UUID accountId,
      String holderName,
      String workshopTitle,
      BigDecimal pdHours,
      Instant at) {
    Certificate certificate = new Certificate();
    certificate.code = code;
    certificate.workshopId = workshopId.toString();
    certificate.accountId = accountId.toString();
    certificate.holderName = holderName;
    certificate.courseTitle = workshopTitle;
    certificate.pdHours = pdHours;
    certificate.completedAt = at;
    return certificate;
  }

  /** A workshop certificate's hours after attendance changed. */
  public void attended(BigDecimal hours, Instant at) {
    if (workshopId == null) {
      throw new IllegalStateException("a course certificate keeps its hours");
    }
    if (hours.compareTo(pdHours) != 0) {
      this.pdHours = hours;
      this.completedAt = at;
    }
  }

  public boolean ofWorkshop() {
    return workshopId != null;
  }

  public UUID getEnrollmentId() {
    return enrollmentId == null ? null : UUID.fromString(enrollmentId);
  }

  public UUID getWorkshopId() {
    return workshopId == null ? null : UUID.fromString(workshopId);
  }

  public UUID getAccountId() {
    return accountId == null ? null : UUID.fromString(accountId);
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

  /**
   * Program staff withdraw the certificate, for a reason anyone verifying it reads. Once: a second
   * revocation keeps the first date and reason.
   */
  public boolean revoke(String reason, UUID by, Instant at) {
    if (revokedAt != null) {
      return false;
    }
    this.revokedAt = at;
    this.revokedBy = by == null ? null : by.toString();
    this.revocationReason = reason;
    return true;
  }

  /** The holder lets anyone fetch the credential (true) or only themselves (false). */
  public void showCredential(boolean toEveryone) {
    this.credentialPublic = toEveryone;
  }

  public boolean isRevoked() {
    return revokedAt != null;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }

  public String getRevocationReason() {
    return revocationReason;
  }

  public boolean isCredentialPublic() {
    return credentialPublic;
  }

  public Integer getStatusIndex() {
    return statusIndex;
  }

  public String getIdentitySalt() {
    return identitySalt;
  }
}
