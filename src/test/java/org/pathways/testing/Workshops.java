package org.pathways.testing;

import java.util.Arrays;

/** Bodies of workshops for the API, as the tests that organise them write them. */
public final class Workshops {

  private Workshops() {}

  /**
   * An elementary Phase 1 one-day workshop in Denver's time zone, with these more name, value pairs
   * (its sessions and place, at least), as a JSON text.
   */
  public static String elementaryOneDay(String title, int capacity, Object... more) {
    Object[] first = {
      "title",
      title,
      "program",
      "elementary",
      "phase",
      1,
      "kind",
      "ONE_DAY",
      "capacity",
      capacity,
      "timeZone",
      "America/Denver"
    };
    Object[] pairs = Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, pairs, first.length, more.length);
    return Api.object(pairs);
  }
}
