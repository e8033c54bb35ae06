package org.pathways.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One line of the audit log: who did what to what, when, from where. */
@Entity
@Table(name = "audit_log")
@NamedQuery(
    name = AuditEntry.ABOUT,
    query =
        "select e from AuditEntry e where e.actorId = :account or e.subjectId = :subject order by e.at desc")
public class AuditEntry {

  public static final String ABOUT = "AuditEntry.about";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false)
  private Instant at;

  @Column(name = "actor_id", updatable = false)
  private UUID actorId;

  @Column(nullable = false, updatable = false)
  private String action;

  @Column(name = "subject_id", updatable = false)
  private String subjectId;

  @Column(updatable = false)
  private String detail;

  @Column(updatable = false)
  private String address;

  protected AuditEntry() {
    // for JPA
  }

  public AuditEntry(
      Instant at, UUID actorId, String action, String subjectId, String detail, String address) {
    this.at = at;
    this.actorId = actorId;
    this.action = action;
    this.subjectId = subjectId;
    this.detail = detail == null ? null : detail.substring(0, Math.min(500, detail.length()));
    this.address = address;
  }

  public Instant getAt() {
    return at;
  }

  public UUID getActorId() {
    return actorId;
  }

  public String getAction() {
    return action;
  }

  public String getSubjectId() {
    return subjectId;
  }

  public String getDetail() {
    return detail;
  }

  public String getAddress() {
    return address;
  }
}
