package org.pathways.identity.entity;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/**
 * A signed-in page session, known by a random key kept in the session. Revoking it signs the
 * session out on every instance.
 */
@Entity
@Table(name = "page_session")
public class PageSession extends Revocable {

  protected PageSession() {
    // for JPA
  }

  public PageSession(UUID accountId, Instant at) {
    super(accountId, at);
  }

  /** Live for this account: not revoked, and not an older session of another account. */
  public boolean liveFor(UUID account) {
    return !revoked() && getAccountId().equals(account);
  }
}
