package org.pathways.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A provider account waiting for the owner of an existing account to link it, by the link mailed to
 * that account's address (the provider verified the same address). Known by its secret's hash.
 */
@Entity
@Table(name = "mailed_link")
public class MailedLink {

  @Id
  @Column(name = "token_hash")
  private String tokenHash;

  @Column(name = "account_id", nullable = false, updatable = false)
  private UUID accountId;

  @Column(nullable = false, updatable = false)
  private String provider;

  @Column(nullable = false, updatable = false)
  private String issuer;

  @Column(nullable = false, updatable = false)
  private String subject;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected MailedLink() {
    // for JPA
  }

  public MailedLink(
      String tokenHash,
      UUID accountId,
      String provider,
      String issuer,
      String subject,
      Instant at,
      Instant expiresAt) {
    this.tokenHash = tokenHash;
    this.accountId = accountId;
    this.provider = provider;
    this.issuer = issuer;
    this.subject = subject;
    this.createdAt = at;
    this.expiresAt = expiresAt;
  }

  /** Whether the link still works at {@code now}. */
  public boolean open(Instant now) {
    return now.isBefore(expiresAt);
  }

  public UUID getAccountId() {
    return accountId;
  }

  public String getProvider() {
    return provider;
  }

  public String getIssuer() {
    return issuer;
  }

  public String getSubject() {
    return subject;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }
}
