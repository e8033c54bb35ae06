package org.pathways.district.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/** A district's request to partner with the program, and where program staff stand with it. */
@Entity
@Table(name = "partnership_inquiry")
@NamedQuery(
    name = PartnershipInquiry.ALL,
    query = "select i from PartnershipInquiry i order by i.createdAt desc")
@NamedQuery(
    name = PartnershipInquiry.BY_STATUS,
    query = "select i from PartnershipInquiry i where i.status = :status order by i.createdAt desc")
@NamedQuery(name = PartnershipInquiry.COUNT, query = "select count(i) from PartnershipInquiry i")
@NamedQuery(
    name = PartnershipInquiry.COUNT_BY_STATUS,
    query = "select count(i) from PartnershipInquiry i where i.status = :status")
public class PartnershipInquiry {

  public static final String ALL = "PartnershipInquiry.all";
  public static final String BY_STATUS = "PartnershipInquiry.byStatus";
  public static final String COUNT = "PartnershipInquiry.count";
  public static final String COUNT_BY_STATUS = "PartnershipInquiry.countByStatus";

  @Id private UUID id;

  @Column(nullable = false)
  private String district;

  @Column(nullable = false)
  private String state;

  @Column(name = "contact_name", nullable = false)
  private String contactName;

  @Column(name = "contact_email", nullable = false)
  private String contactEmail;

  @Column(name = "contact_role", nullable = false)
  private String contactRole;

  /** The grade bands, comma-separated in their enum order: K5,MS,HS. */
  @Column(name = "grade_bands", nullable = false)
  private String gradeBands;

  private Integer teachers;

  private String message;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private InquiryStatus status;

  private String note;

  /** A String: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "district_id")
  private String districtId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Column(name = "updated_by")
  private String updatedBy;

  protected PartnershipInquiry() {
    // for JPA
  }

  /** A new inquiry from a request that {@code InquiryCheck} found valid. */
  public PartnershipInquiry(InquiryRequest request, Instant at) {
    this.id = UUID.randomUUID();
    this.district = request.district.strip();
    this.state = request.state.strip().toUpperCase(java.util.Locale.ROOT);
    this.contactName = request.contactName.strip();
    this.contactEmail = request.contactEmail.strip();
    this.contactRole = request.contactRole.strip();
    this.gradeBands =
        String.join(
            ",",
            Arrays.stream(InquiryGradeBand.values())
                .map(Enum::name)
                .filter(request.gradeBands::contains)
                .toList());
    this.teachers = request.teachers;
    this.message =
        request.message == null || request.message.isBlank() ? null : request.message.strip();
    this.status = InquiryStatus.NEW;
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** Staff record where they stand; a note replaces the last one (none keeps it). */
  public void change(InquiryStatus status, String note, UUID by, Instant at) {
    this.status = status;
    if (note != null) {
      this.note = note.isBlank() ? null : note.strip();
    }
    this.updatedBy = by == null ? null : by.toString();
    this.updatedAt = at;
  }

  /** The district that partnering created (once). */
  public void partneredAs(UUID district) {
    this.districtId = district.toString();
  }

  public UUID getId() {
    return id;
  }

  public String getDistrict() {
    return district;
  }

  public String getState() {
    return state;
  }

  public String getContactName() {
    return contactName;
  }

  public String getContactEmail() {
    return contactEmail;
  }

  public String getContactRole() {
    return contactRole;
  }

  public List<String> getGradeBands() {
    return gradeBands.isEmpty() ? List.of() : List.of(gradeBands.split(","));
  }

  public Integer getTeachers() {
    return teachers;
  }

  public String getMessage() {
    return message;
  }

  public InquiryStatus getStatus() {
    return status;
  }

  public String getNote() {
    return note;
  }

  public UUID getDistrictId() {
    return districtId == null ? null : UUID.fromString(districtId);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  @Override
  public String toString() {
    return "partnership inquiry " + id;
  }
}
