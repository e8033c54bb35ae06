package org.pathways.workshop.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A teacher's place for a workshop: a seat, a place in the waitlist's queue, or a cancelled one
 * (kept, so that registering again is the same row with a new place in the queue).
 */
@Entity
@Table(name = "workshop_registration")
@NamedQuery(
    name = Registration.OF,
    query =
        "select r from Registration r where r.workshopId = :workshop and r.accountId = :account")
@NamedQuery(
    name = Registration.OF_ACCOUNT,
    query =
        "select r from Registration r where r.accountId = :account"
            + " and r.status <> org.pathways.workshop.entity.RegistrationStatus.CANCELLED")
@NamedQuery(
    name = Registration.WAITLIST,
    query =
        "select r from Registration r where r.workshopId = :workshop"
            + " and r.status = org.pathways.workshop.entity.RegistrationStatus.WAITLISTED"
            + " order by r.queueNumber")
@NamedQuery(
    name = Registration.OF_WORKSHOP,
    query =
        "select r from Registration r where r.workshopId = :workshop"
            + " and r.status <> org.pathways.workshop.entity.RegistrationStatus.CANCELLED"
            + " order by r.status, r.queueNumber")
@NamedQuery(
    name = Registration.AHEAD,
    query =
        "select count(r) from Registration r where r.workshopId = :workshop"
            + " and r.status = org.pathways.workshop.entity.RegistrationStatus.WAITLISTED"
            + " and r.queueNumber < :queue")
public class Registration {

  public static final String OF = "Registration.of";
  public static final String OF_ACCOUNT = "Registration.ofAccount";
  public static final String WAITLIST = "Registration.waitlist";
  public static final String OF_WORKSHOP = "Registration.ofWorkshop";
  public static final String AHEAD = "Registration.ahead";

  @Id private UUID id;

  @Column(name = "workshop_id", nullable = false, updatable = false)
  private UUID workshopId;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false)
  private RegistrationStatus status;

  @Column(name = "queue_number", nullable = false)
  private long queueNumber;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  protected Registration() {
    // for JPA
  }

  public Registration(UUID workshopId, UUID accountId, long queueNumber, Instant at) {
    this.id = UUID.randomUUID();
    this.workshopId = workshopId;
    this.accountId = accountId;
    this.status = RegistrationStatus.CANCELLED;
    this.queueNumber = queueNumber;
    this.createdAt = at;
    this.updatedAt = at;
  }

  /** Takes a seat, or the next place in the queue when the workshop is full. */
  public void join(Workshop workshop, long queueNumber, Instant at) {
    this.queueNumber = queueNumber;
    this.status = workshop.takeSeatOrQueue();
    this.updatedAt = at;
  }

  /** Gives the place up; a freed seat goes to the waitlist (see {@code Workshop}). */
  public void cancel(Workshop workshop, Instant at) {
    workshop.release(status);
    this.status = RegistrationStatus.CANCELLED;
    this.updatedAt = at;
  }

  /** Moves from the waitlist to a seat that has come free. */
  public void promote(Workshop workshop, Instant at) {
    workshop.promoteOne();
    this.status = RegistrationStatus.REGISTERED;
    this.updatedAt = at;
  }

  public boolean active() {
    return status != RegistrationStatus.CANCELLED;
  }

  public UUID getId() {
    return id;
  }

  public UUID getWorkshopId() {
    return workshopId;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public RegistrationStatus getStatus() {
    return status;
  }

  public long getQueueNumber() {
    return queueNumber;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }
}
