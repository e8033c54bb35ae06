package org.pathways.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A signed-in page session, known by a random key kept in the session. Revoking it signs the
 * session out on every instance.
 */
@Entity
@Table(name = "page_session")
public class PageSession {

  @Id private UUID id;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "revoked_at")
  private Instant revokedAt;

  protected PageSession() {
    // for JPA
  }

  public PageSession(UUID accountId, Instant at) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.createdAt = at;
  }

  /** Live for this account: not revoked, and not an older session of another account. */
  public boolean liveFor(UUID account) {
    return revokedAt == null && accountId.equals(account);
  }

  public void revoke(Instant at) {
    if (revokedAt == null) {
      revokedAt = at;
    }
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
