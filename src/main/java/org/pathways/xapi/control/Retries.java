package org.pathways.xapi.control;

import java.time.Duration;

/**
 * When a statement that failed to reach the LRS is tried again: 1, 2, 4 ... minutes after the
 * failure, never more than an hour, so that an LRS down for hours is asked about once an hour per
 * statement and gets everything soon after it is back.
 */
public final class Retries {

  static final Duration FIRST = Duration.ofMinutes(1);
  static final Duration LONGEST = Duration.ofHours(1);

  private Retries() {}

  /** How long to wait after this many failed sends in a row (1 or more). */
  public static Duration after(int attempts) {
    int doublings = Math.max(0, attempts - 1);
    if (doublings >= 20) {
      return LONGEST;
    }
    Duration wait = FIRST.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST) > 0 ? LONGEST : wait;
  }
}
