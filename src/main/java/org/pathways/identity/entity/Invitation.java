package org.pathways.identity.entity;

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
 * A right offered to whoever owns an email address (to facilitate a cohort or a workshop): it takes
 * effect only when that person, signed in with an account of that address, opens the single-use
 * link mailed there. Known by the hash of the link's secret.
 */
@Entity
@Table(name = "invitation")
@NamedQuery(
    name = Invitation.BY_HASH,
    query = "select i from Invitation i where i.tokenHash = :hash")
@NamedQuery(
    name = Invitation.OPEN_FOR,
    query =
        "select i from Invitation i where i.scope = :scope and i.targetId = :target"
            + " and i.acceptedAt is null and i.revokedAt is null order by i.email")
@NamedQuery(
    name = Invitation.OPEN_FOR_ANY,
    query =
        "select i from Invitation i where i.scope = :scope and i.targetId in :targets"
            + " and i.acceptedAt is null and i.revokedAt is null order by i.email")
@NamedQuery(
    name = Invitation.OPEN_TO,
    query =
        "select i from Invitation i where i.email = :email and i.role = :role"
            + " and i.acceptedAt is null and i.revokedAt is null")
public class Invitation {

  public static final String BY_HASH = "Invitation.byHash";
  public static final String OPEN_FOR = "Invitation.openFor";
  public static final String OPEN_TO = "Invitation.openTo";
  public static final String OPEN_FOR_ANY = "Invitation.openForAny";

  /** Where the right applies: a cohort or a workshop, with its title for the mail and the page. */
  public record Target(String scope, UUID id, String title) {}

  /** Where an invitation stands for the person opening its link. */
  public enum State {
    OPEN,
    ACCEPTED,
    WITHDRAWN,
    EXPIRED
  }

  @Id private UUID id;

  @Column(nullable = false, updatable = false)
  private String email;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Role role;

  @Column(nullable = false, updatable = false)
  private String scope;

  @Column(name = "target_id", nullable = false, updatable = false)
  private UUID targetId;

  @Column(name = "target_title", nullable = false)
  private String targetTitle;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  /** A String: EclipseLink's UUID converter fails on a null uuid column. */
  @Column(name = "invited_by", updatable = false)
  private String invitedBy;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  @Column(name = "accepted_at")
  private Instant acceptedAt;

  @Column(name = "accepted_by")
  private String acceptedBy;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected Invitation() {
    // for JPA
  }

  public Invitation(
      String email,
      Role role,
      Target target,
      String tokenHash,
      UUID invitedBy,
      Instant at,
      Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.email = Account.normalize(email);
    this.role = role;
    this.scope = target.scope();
    this.targetId = target.id();
    this.targetTitle = target.title();
    this.tokenHash = tokenHash;
    this.invitedBy = invitedBy == null ? null : invitedBy.toString();
    this.createdAt = at;
    this.expiresAt = expiresAt;
  }

  public State stateAt(Instant now) {
    if (acceptedAt != null) {
      return State.ACCEPTED;
    }
    if (revokedAt != null) {
      return State.WITHDRAWN;
    }
    return now.isBefore(expiresAt) ? State.OPEN : State.EXPIRED;
  }

  /** Whether this account may accept: only one whose email is the address the link went to. */
  public boolean addressedTo(Account account) {
    return account != null && email.equals(account.getEmail());
  }

  public void accept(UUID account, Instant at) {
    acceptedAt = at;
    acceptedBy = account.toString();
  }

  public void withdraw(Instant at) {
    if (acceptedAt == null && revokedAt == null) {
      revokedAt = at;
    }
  }

  public Target target() {
    return new Target(scope, targetId, targetTitle);
  }

  public UUID getId() {
    return id;
  }

  public String getEmail() {
    return email;
  }

  public Role getRole() {
    return role;
  }

  public String getScope() {
    return scope;
  }

  public UUID getTargetId() {
    return targetId;
  }

  public String getTargetTitle() {
    return targetTitle;
  }

  public UUID getInvitedBy() {
    return invitedBy == null ? null : UUID.fromString(invitedBy);
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "invitation " + id;
  }
}
