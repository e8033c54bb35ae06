package org.pathways.learning.control;

import java.time.Instant;

/**
 * A step's JSON for one teacher: the body every enrolled teacher sees alike (kept in memory per
 * content version) with the teacher's own {@code state} and {@code completedAt} put in front, as
 * JSON-B would write them (an Instant in ISO-8601, absent when null).
 */
public final class StepJson {

  private StepJson() {}

  /** {@code shared} is a JSON object without {@code state} and {@code completedAt}. */
  public static String personal(String shared, boolean done, Instant completedAt) {
    if (shared.length() < 2 || shared.charAt(0) != '{') {
      throw new IllegalArgumentException("not a JSON object");
    }
    StringBuilder json = new StringBuilder(shared.length() + 64).append('{');
    if (completedAt != null) {
      json.append("\"completedAt\":\"").append(completedAt).append("\",");
    }
    json.append("\"state\":\"").append(done ? "COMPLETED" : "NOT_STARTED").append('"');
    String rest = shared.substring(1).stripLeading();
    if (!rest.startsWith("}")) {
      json.append(',');
    }
    return json.append(rest).toString();
  }
}
