package org.pathways.workshop.entity;

import java.time.Instant;
import java.util.Optional;

/**
 * When teachers may register for a workshop: from the organisers' opening date (or at once) until
 * their closing date, or else until the first session starts.
 */
public record RegistrationWindow(Instant opens, Instant closesOn, Instant firstStart) {

  /** When registration closes: the organisers' date, or the start of the first session. */
  public Instant closes() {
    return closesOn != null ? closesOn : firstStart;
  }

  /** Why registration is not open at this moment ({@code NOT_YET} or {@code CLOSED}), if not. */
  public Optional<String> closedAt(Instant now) {
    if (opens != null && now.isBefore(opens)) {
      return Optional.of("NOT_YET");
    }
    if (!now.isBefore(closes())) {
      return Optional.of("CLOSED");
    }
    return Optional.empty();
  }
}
