package org.pathways.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Id;
import jakarta.persistence.MappedSuperclass;
import java.time.Instant;
import java.util.UUID;

/**
 * What an account holds until it is revoked (a page session, a token): a random id, the account,
 * when it was created and when, if ever, it was revoked. Revoking twice keeps the first time.
 */
@MappedSuperclass
public abstract class Revocable {

  @Id private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected Revocable() {
    // for JPA
  }

  protected Revocable(UUID accountId, Instant at) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.createdAt = at;
  }

  public void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
  }

  public boolean revoked() {
    return revokedAt != null;
  }

  public UUID getId() {
    return id;
  }

  public UUID getAccountId() {
    return accountId;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getRevokedAt() {
    return revokedAt;
  }
}
