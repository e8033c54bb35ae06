package org.pathways.platform.control;

import java.time.Instant;

/** What the last probe of the database found. */
public record DatabaseState(
    boolean reachable, boolean misconfigured, String reason, Instant answeredAt) {

  static DatabaseState reachable(Instant at) {
    return new DatabaseState(true, false, "", at);
  }

  static DatabaseState unreachable(String reason) {
    return new DatabaseState(false, false, reason, null);
  }

  static DatabaseState misconfigured(String reason) {
    return new DatabaseState(false, true, reason, null);
  }
}
