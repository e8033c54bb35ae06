package org.pathways.lti.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A login initiation sent to a platform and not launched yet, known by the random key in the
 * browser's cookie: the platform, and the state and nonce the launch must bring back.
 */
@Entity
@Table(name = "lti_attempt")
public class LtiAttempt {

  @Id private String id;

  @Column(name = "platform_id", nullable = false, updatable = false)
  private UUID platformId;

  @Column(nullable = false, updatable = false)
  private String state;

  @Column(nullable = false, updatable = false)
  private String nonce;

  @Column(name = "expires_at", nullable = false, updatable = false)
  private Instant expiresAt;

  protected LtiAttempt() {
    // for JPA
  }

  public LtiAttempt(String id, UUID platformId, String state, String nonce, Instant expiresAt) {
    this.id = id;
    this.platformId = platformId;
    this.state = state;
    this.nonce = nonce;
    this.expiresAt = expiresAt;
  }

  /** Whether a launch with this state may use it at {@code now}. */
  public boolean answers(String state, Instant now) {
    return this.state.equals(state) && now.isBefore(expiresAt);
  }

  public UUID getPlatformId() {
    return platformId;
  }

  public String getNonce() {
    return nonce;
  }
}
