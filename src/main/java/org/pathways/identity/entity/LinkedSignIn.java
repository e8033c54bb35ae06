package org.pathways.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A provider's account (issuer and subject) that signs in to a Pathways account. */
@Entity
@Table(name = "linked_sign_in")
@NamedQuery(
    name = LinkedSignIn.BY_SUBJECT,
    query = "select l from LinkedSignIn l where l.issuer = :issuer and l.subject = :subject")
@NamedQuery(
    name = LinkedSignIn.OF_ACCOUNT,
    query = "select l from LinkedSignIn l where l.accountId = :account order by l.createdAt")
public class LinkedSignIn {

  public static final String BY_SUBJECT = "LinkedSignIn.bySubject";
  public static final String OF_ACCOUNT = "LinkedSignIn.ofAccount";

  @Id private UUID id;

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

  protected LinkedSignIn() {
    // for JPA
  }

  public LinkedSignIn(UUID accountId, String provider, String issuer, String subject, Instant at) {
    this.id = UUID.randomUUID();
    this.accountId = accountId;
    this.provider = provider;
    this.issuer = issuer;
    this.subject = subject;
    this.createdAt = at;
  }

  public UUID getId() {
    return id;
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
