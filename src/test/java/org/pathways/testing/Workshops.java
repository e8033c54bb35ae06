package org.pathways.testing;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObject;
import java.time.Instant;
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

  /** Sessions from start and end instants, in pairs: start, end, start, end... */
  public static JsonArray sessions(Instant... startEnd) {
    JsonArrayBuilder list = Json.createArrayBuilder();
    for (int i = 0; i + 1 < startEnd.length; i += 2) {
      list.add(
          Json.createObjectBuilder()
              .add("start", startEnd[i].toString())
              .add("end", startEnd[i + 1].toString()));
    }
    return list.build();
  }

  /** A hall of this name on Main Street in Denver, as a workshop's location. */
  public static JsonObject denverHall(String venue) {
    return Json.createObjectBuilder()
        .add("venue", venue)
        .add("address", "1 Main Street")
        .add("city", "Denver")
        .add("state", "CO")
        .add("zip", "80202")
        .build();
  }
}
