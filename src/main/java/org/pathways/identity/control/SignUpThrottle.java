package org.pathways.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Limits;

/**
 * Accounts created in bulk: at most 60 sign-ups an hour from one address ({@code
 * pathways.limits.sign-up}); enough for a workshop room behind one school address, not for a script
 * that burns the server's time hashing passwords.
 */
@ApplicationScoped
public class SignUpThrottle {

  static final String LIMIT = "sign-up";
  static final String DEFAULT = "60/1h";

  @Inject Limiter limiter;
  @Inject Limits limits;

  /** Takes a sign-up from the address's allowance: empty when allowed, else how long to wait. */
  public Optional<Duration> take(String address) {
    return limiter.take(limits.named(LIMIT, DEFAULT), address);
  }

  /** A sign-up that opened no account because hashing was saturated does not count. */
  public void giveBack(String address) {
    limiter.giveBack(limits.named(LIMIT, DEFAULT), address);
  }
}
