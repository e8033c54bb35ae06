package org.pathways.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.pathways.platform.control.Limit;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Limits;

/**
 * Password reset requests: at most 20 an hour from one address ({@code
 * pathways.limits.password-reset.address}) and one per email in 5 minutes ({@code
 * pathways.limits.password-reset.email}), whether or not the email has an account, so that nobody
 * floods an inbox and the answer tells nothing about accounts.
 */
@ApplicationScoped
public class ResetThrottle {

  static final String BY_ADDRESS = "password-reset.address";
  static final String BY_ADDRESS_DEFAULT = "20/1h";
  static final String BY_EMAIL = "password-reset.email";
  static final String BY_EMAIL_DEFAULT = "1/5m";

  @Inject Limiter limiter;
  @Inject Limits limits;

  /** Takes a request for the (normalized) email from the address: empty when allowed. */
  public Optional<Duration> take(String email, String address) {
    Limit byAddress = limits.named(BY_ADDRESS, BY_ADDRESS_DEFAULT);
    Optional<Duration> wait = limiter.take(byAddress, address);
    if (wait.isPresent()) {
      return wait;
    }
    wait = limiter.take(limits.named(BY_EMAIL, BY_EMAIL_DEFAULT), email);
    if (wait.isPresent()) {
      limiter.giveBack(byAddress, address);
    }
    return wait;
  }
}
