package org.pathways.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A bearer token, known only by its SHA-256 hash. It expires, and can be revoked. */
@Entity
@Table(name = "api_token")
@NamedQuery(name = ApiToken.BY_HASH, query = "select t from ApiToken t where t.tokenHash = :hash")
@NamedQuery(
    name = ApiToken.BY_ACCOUNT,
    query = "select t from ApiToken t where t.accountId = :account order by t.createdAt desc")
public class ApiToken extends Revocable {

  public static final String BY_HASH = "ApiToken.byHash";
  public static final String BY_ACCOUNT = "ApiToken.byAccount";

  /** API: for integrations and apps. PAGE: carried by a signed-in page for its own scripts. */
  public enum Purpose {
    API,
    PAGE
  }

  @Column(name = "token_hash", nullable = false, updatable = false)
  private String tokenHash;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, updatable = false)
  private Purpose purpose;

  @Column(name = "expires_at", nullable = false)
  private Instant expiresAt;

  protected ApiToken() {
    // for JPA
  }

  public ApiToken(
      UUID accountId, String tokenHash, Purpose purpose, Instant at, Instant expiresAt) {
    super(accountId, at);
    this.tokenHash = tokenHash;
    this.purpose = purpose;
    this.expiresAt = expiresAt;
  }

  public boolean validAt(Instant now) {
    return !revoked() && now.isBefore(expiresAt);
  }

  public Purpose getPurpose() {
    return purpose;
  }

  public Instant getExpiresAt() {
    return expiresAt;
  }
}
