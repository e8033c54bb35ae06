package org.pathways.identity.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import org.pathways.platform.control.Limit;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Limits;

/**
 * Brute-force protection: 10 failed sign-ins in 15 minutes for one account or from one address
 * ({@code pathways.limits.sign-in}), then 429 until the allowance comes back. An attempt is taken
 * before its password is checked, so that parallel guesses cannot all pass, and given back when it
 * succeeds: only failures count.
 */
@ApplicationScoped
public class SignInThrottle {

  static final String LIMIT = "sign-in";
  static final String DEFAULT = "10/15m";

  @Inject Limiter limiter;
  @Inject Limits limits;

  /**
   * Takes an attempt for the account and the address: empty when allowed, else how long to wait.
   */
  public Optional<Duration> take(String account, String address) {
    Limit limit = limit();
    Optional<Duration> wait = limiter.take(limit, "account:" + account);
    if (wait.isPresent()) {
      return wait;
    }
    wait = limiter.take(limit, "address:" + address);
    if (wait.isPresent()) {
      limiter.giveBack(limit, "account:" + account);
    }
    return wait;
  }

  /** A right password: the attempt taken for it does not count. */
  public void succeeded(String account, String address) {
    Limit limit = limit();
    limiter.giveBack(limit, "account:" + account);
    limiter.giveBack(limit, "address:" + address);
  }

  /** A password that could not be checked (hashing was saturated): the attempt does not count. */
  public void notChecked(String account, String address) {
    succeeded(account, address);
  }

  private Limit limit() {
    return limits.named(LIMIT, DEFAULT);
  }
}
