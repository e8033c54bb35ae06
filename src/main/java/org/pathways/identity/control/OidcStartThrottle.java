package org.pathways.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Limits;

/**
 * Sign-ins with another account started from one address: at most 120 in ten minutes ({@code
 * pathways.limits.oidc-start}). Each start keeps a row until the provider sends the browser back,
 * so a script must not be able to fill the table; a workshop room of teachers behind one school
 * address stays far below it.
 */
@ApplicationScoped
public class OidcStartThrottle {

  static final String LIMIT = "oidc-start";
  static final String DEFAULT = "120/10m";

  @Inject Limiter limiter;
  @Inject Limits limits;

  /** Takes a start from the address's allowance: empty when allowed, else how long to wait. */
  public Optional<Duration> take(String address) {
    return limiter.take(limits.named(LIMIT, DEFAULT), address);
  }
}
