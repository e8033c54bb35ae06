package org.pathways.learning.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Limits;

/**
 * Guessing cohort codes: 10 wrong codes in an hour per account ({@code
 * pathways.limits.cohort-codes}), then the account waits before trying any code again. A try is
 * taken before the code is checked (parallel guesses cannot all pass) and given back when right.
 */
@ApplicationScoped
public class CodeGuesses {

  static final String LIMIT = "cohort-codes";
  static final String DEFAULT = "10/1h";

  @Inject Limiter limiter;
  @Inject Limits limits;

  /** Takes a try: empty when allowed, else how long the account must wait. */
  public Optional<Duration> take(UUID account) {
    return limiter.take(limits.named(LIMIT, DEFAULT), account.toString());
  }

  /** The code was right: the try does not count. */
  public void right(UUID account) {
    limiter.giveBack(limits.named(LIMIT, DEFAULT), account.toString());
  }
}
