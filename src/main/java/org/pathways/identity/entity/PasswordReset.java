package org.pathways.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A single-use link to choose a new password, known by the hash of its token; it expires. */
@Entity
@Table(name = "password_reset")
@NamedQuery(
    name = PasswordReset.BY_HASH,
    query = "select r from PasswordReset r where r.tokenHash = :hash")
public class PasswordReset {

  public static final String BY_HASH = "PasswordReset.byHash";

  @Id private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  @Column(name = "used_at")
  private Instant usedAt;

  protected PasswordReset() {
    // for JPA
  }

  public PasswordReset(UUID accountId, String tokenHash, Instant at, Instant expiresAt) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.tokenHash = tokenHash;
    this.createdAt = at;
    this.expiresAt = expiresAt;
  }

  public boolean usableAt(Instant now) {
    return usedAt == null && now.isBefore(expiresAt);
  }

  public void use(Instant at) {
    usedAt = at;
  }

  public UUID getAccountId() {
    return accountId;
  }
}
