package org.pathways.identity.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * A sign-in sent to a provider and not back yet, known by the random key in the browser's cookie:
 * the state, nonce and PKCE verifier to check the callback with, and where to go afterwards.
 */
@Entity
@Table(name = "oidc_attempt")
public class OidcAttempt {

  @Id private String id;

  @Column(nullable = false, updatable = false)
  private String provider;

  @Column(nullable = false, updatable = false)
  private String state;

  @Column(nullable = false, updatable = false)
  private String nonce;

  @Column(name = "code_verifier", nullable = false, updatable = false)
  private String codeVerifier;

  @Column(name = "next_page", updatable = false)
  private String nextPage;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected OidcAttempt() {
    // for JPA
  }

  public OidcAttempt(
      String id,
      String provider,
      String state,
      String nonce,
      String codeVerifier,
      String nextPage,
      Instant expiresAt) {
    this.id = id;
    this.provider = provider;
    this.state = state;
    this.nonce = nonce;
    this.codeVerifier = codeVerifier;
    this.nextPage = nextPage;
    this.expiresAt = expiresAt;
  }

  /** Whether the callback for this provider with this state may use it at {@code now}. */
  public boolean answers(String provider, String state, Instant now) {
    return this.provider.equals(provider) && this.state.equals(state) && now.isBefore(expiresAt);
  }

  public String getProvider() {
    return provider;
  }

  public String getNonce() {
    return nonce;
  }

  public String getCodeVerifier() {
    return codeVerifier;
  }

  public String getNextPage() {
    return nextPage;
  }
}
