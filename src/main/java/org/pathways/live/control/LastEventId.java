package org.pathways.live.control;

import java.util.OptionalLong;

/**
 * The {@code Last-Event-ID} a reconnecting page sends: the id of the last event it received. Only a
 * positive whole number of ours counts; anything else (absent, empty, made up) means "no replay",
 * since the page was just drawn from the current state.
 */
public final class LastEventId {

  private LastEventId() {}

  public static OptionalLong of(String header) {
    if (header == null) {
      return OptionalLong.empty();
    }
    String id = header.strip();
    if (id.isEmpty() || id.length() > 18 || !id.chars().allMatch(c -> c >= '0' && c <= '9')) {
      return OptionalLong.empty();
    }
    long value = Long.parseLong(id);
    return value > 0 ? OptionalLong.of(value) : OptionalLong.empty();
  }
}
