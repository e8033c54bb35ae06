package org.pathways.cohort.entity;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.entity.ReadableCode;
import org.pathways.platform.entity.Refusal;

/** A district's group of teachers taking one course, with its facilitators and enrolment code. */
@Entity
@Table(name = "cohort")
@NamedQuery(name = Cohort.BY_CODE, query = "select c from Cohort c where upper(c.code) = :code")
@NamedQuery(name = Cohort.ALL, query = "select c from Cohort c order by c.createdAt desc")
public class Cohort {

  public static final String BY_CODE = "Cohort.byCode";
  public static final String ALL = "Cohort.all";

  /** Enrolment codes have eight readable characters: about 39 bits, not guessable by trying. */
  public static final int CODE_LENGTH = 8;

  /** Days without activity that flag a teacher when the cohort says nothing else. */
  public static final int DEFAULT_INACTIVE_DAYS = 7;

  @Id private UUID id;

  @Column(nullable = false)
  private String name;

  @Column(nullable = false)
  private String district;

  @Column(name = "course_slug", nullable = false, updatable = false)
  private String courseSlug;

  @Column(nullable = false)
  private String code;

  @Column(name = "expires_at")
  private Instant expiresAt;

  /** The partner district it belongs to, if any (a String, as created_by). */
  @Column(name = "district_id")
  private String districtId;

  /** The date its teachers should be done by: the Phase 2 workshop or one a manager sets. */
  @Column(name = "target_date")
  private LocalDate targetDate;

  /** How many days without activity flag a teacher as at risk. */
  @Column(name = "inactive_days", nullable = false)
  private int inactiveDays = DEFAULT_INACTIVE_DAYS;

  /** When it was closed: its teachers' records are read-only from then on. */
  @Column(name = "closed_at")
  private Instant closedAt;

  /** A String: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "created_by", updatable = false)
  private String createdBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "cohort_facilitator", joinColumns = @JoinColumn(name = "cohort_id"))
  @Column(name = "account_id")
  private Set<UUID> facilitators = new HashSet<>();

  protected Cohort() {
    // for JPA
  }

  public Cohort(
      String name,
      String district,
      String courseSlug,
      Instant expiresAt,
      UUID createdBy,
      Instant at) {
    this.id = UUID.randomUUID();
    this.name = name;
    this.district = district;
    this.courseSlug = courseSlug;
    this.expiresAt = expiresAt;
    this.createdBy = createdBy == null ? null : createdBy.toString();
    this.createdAt = at;
    this.code = ReadableCode.random(CODE_LENGTH);
  }

  /** The cohort belongs to this partner district, and goes by its name. */
  public void belongTo(UUID district, String name) {
    this.districtId = district.toString();
    this.district = name;
  }

  public boolean expiredAt(Instant now) {
    return expiresAt != null && !now.isBefore(expiresAt);
  }

  /**
   * Whether the caller facilitates this cohort: listed here (through an accepted invitation) and
   * still holding the FACILITATOR role.
   */
  public boolean facilitatedBy(Caller caller) {
    return caller.facilitatorIn(facilitators);
  }

  /** A facilitator who accepted their invitation to this cohort. */
  public void addFacilitator(UUID account) {
    facilitators.add(account);
  }

  /** Only these of the present facilitators stay; the others lose every right to the cohort. */
  public void keepFacilitators(Set<UUID> kept) {
    facilitators.retainAll(kept);
  }

  /** The longest name a cohort may have. */
  public static final int NAME_MAX = 120;

  /** The fewest and most days without activity that may flag a teacher. */
  public static final int IDLE_DAYS_MIN = 1;

  public static final int IDLE_DAYS_MAX = 365;

  /** Gives the cohort another name (1 to 120 characters once trimmed). */
  public void rename(String newName) {
    requireOpen();
    String trimmed = newName == null ? "" : newName.strip();
    if (trimmed.isEmpty() || trimmed.length() > NAME_MAX) {
      throw Refusal.invalid("name", "cohort.edit.name.size", NAME_MAX);
    }
    name = trimmed;
  }

  /**
   * Sets the date its teachers should be done by, or none. A date before today is refused unless it
   * is the one already set (repeating an edit after the date passed changes nothing); a date far
   * away is fine.
   */
  public void aimFor(LocalDate target, LocalDate today) {
    requireOpen();
    if (target != null && target.isBefore(today) && !target.equals(targetDate)) {
      throw Refusal.invalid("targetDate", "cohort.edit.target_date.past", today.toString());
    }
    targetDate = target;
  }

  /**
   * The last day (UTC) its code works, or none for a code that never expires; a day before today is
   * refused unless it is the one already set.
   */
  public void codeWorksUntil(LocalDate lastDay, LocalDate today) {
    requireOpen();
    if (lastDay != null && lastDay.isBefore(today) && !lastDay.equals(getCodeExpiresOn())) {
      throw Refusal.invalid("codeExpiresOn", "cohort.edit.code_expires.past", today.toString());
    }
    expiresAt =
        lastDay == null ? null : lastDay.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC);
  }

  /** How many days without activity flag a teacher as at risk (1 to 365). */
  public void flagIdleAfter(int days) {
    requireOpen();
    if (days < IDLE_DAYS_MIN || days > IDLE_DAYS_MAX) {
      throw Refusal.invalid(
          "inactiveDays", "cohort.edit.inactive_days.range", IDLE_DAYS_MIN, IDLE_DAYS_MAX);
    }
    inactiveDays = days;
  }

  /** Replaces the code: the previous one stops working at once, as if it had never existed. */
  public String issueNewCode() {
    requireOpen();
    String previous = code;
    do {
      code = ReadableCode.random(CODE_LENGTH);
    } while (code.equals(previous));
    return code;
  }

  /**
   * Closes the cohort for good: its teachers' records become read-only, its code stops enrolling
   * and its forum space is archived. Closing it again changes nothing (the first time stays).
   *
   * @return whether this call closed it
   */
  public boolean close(Instant at) {
    if (closedAt != null) {
      return false;
    }
    closedAt = at;
    return true;
  }

  /** Refuses a change to a closed cohort (409); only its facilitators' list may still change. */
  public void requireOpen() {
    if (closedAt != null) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "cohort.closed.read_only", name);
    }
  }

  /**
   * Refuses its teachers' work once closed (409: a step, a draft, a submission); all stays
   * readable.
   */
  public void requireOpenForWork() {
    if (closedAt != null) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "cohort.closed.work", name);
    }
  }

  /** Refuses enrolling with its code once it is closed (403, as for a code that expired). */
  public void requireOpenForEnrolment() {
    if (closedAt != null) {
      throw Refusal.of(Refusal.Kind.FORBIDDEN, "learning.enroll.code_closed");
    }
  }

  /** The last day its code works, as staff set it (the day before it expires, in UTC). */
  public LocalDate getCodeExpiresOn() {
    return expiresAt == null ? null : LocalDate.ofInstant(expiresAt, ZoneOffset.UTC).minusDays(1);
  }

  /** The code as teachers see it: two groups of four. */
  public String displayCode() {
    return ReadableCode.grouped(code);
  }

  public UUID getId() {
    return id;
  }

  public String getName() {
    return name;
  }

  public String getDistrict() {
    return district;
  }

  public String getCourseSlug() {
    return courseSlug;
  }

  public String getCode() {
    return code;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public UUID getDistrictId() {
    return districtId == null ? null : UUID.fromString(districtId);
  }

  public LocalDate getTargetDate() {
    return targetDate;
  }

  public int getInactiveDays() {
    return inactiveDays;
  }

  public Instant getClosedAt() {
    return closedAt;
  }

  public boolean isClosed() {
    return closedAt != null;
  }

  public Set<UUID> getFacilitators() {
    return Set.copyOf(facilitators);
  }

  @Override
  public String toString() {
    return "cohort " + id;
  }
}
