package org.pathways.workshop.control;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.Optional;
import java.util.UUID;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.control.Limits;

/**
 * Guessing attendance codes: 10 wrong codes an hour per teacher and workshop ({@code
 * pathways.limits.attendance-codes}). A try is taken before the code is compared and given back
 * when it is right, so that only wrong codes count and parallel guesses cannot all pass.
 */
@ApplicationScoped
public class AttendanceCodeGuesses {

  static final String LIMIT = "attendance-codes";
  static final String DEFAULT = "10/1h";

  @Inject Limiter limiter;
  @Inject Limits limits;

  /** Takes a try: empty when allowed, else how long the teacher must wait. */
  public Optional<Duration> take(UUID teacher, UUID workshop) {
    return limiter.take(limits.named(LIMIT, DEFAULT), teacher + ":" + workshop);
  }

  /** The code was right: the try does not count. */
  public void right(UUID teacher, UUID workshop) {
    limiter.giveBack(limits.named(LIMIT, DEFAULT), teacher + ":" + workshop);
  }
}
