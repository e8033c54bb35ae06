package org.pathways.lti.control;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The rules of sending a course's progress to an LMS gradebook: the score is the fraction of the
 * course done (whole percent, 1.0 once complete) out of 1; a complete course is "Completed" and
 * "FullyGraded", any other "InProgress" and "Pending". A failed send waits 1, 2, 4 ... minutes,
 * never more than 6 hours.
 */
public final class Scores {

  public static final String MEDIA_TYPE = "application/vnd.ims.lis.v1.score+json";
  static final Duration FIRST_RETRY = Duration.ofMinutes(1);
  static final Duration LONGEST_RETRY = Duration.ofHours(6);

  private Scores() {}

  /** The score for a course this far done: 1.0 once complete, else its whole percent. */
  public static double fraction(int percent, boolean complete) {
    if (complete) {
      return 1.0;
    }
    return Math.max(0, Math.min(99, percent)) / 100.0;
  }

  /** Whether this fraction is the score the LMS last acknowledged (none yet: never the same). */
  public static boolean acknowledged(Double sent, double fraction) {
    return sent != null && Math.abs(sent - fraction) < 0.00005;
  }

  /** The score service's body for this LMS user. */
  public static Map<String, Object> body(String userId, double fraction, Instant at) {
    boolean complete = fraction >= 1.0;
    Map<String, Object> body = new LinkedHashMap<>();
    body.put("userId", userId);
    body.put("scoreGiven", fraction);
    body.put("scoreMaximum", 1);
    body.put("activityProgress", complete ? "Completed" : "InProgress");
    body.put("gradingProgress", complete ? "FullyGraded" : "Pending");
    body.put("timestamp", at.toString());
    return body;
  }

  /** The scores address of a line item: {@code /scores} after its path, before any query. */
  public static URI scoresUrl(String lineItem) {
    URI item = URI.create(lineItem.strip());
    String path = item.getRawPath() == null ? "" : item.getRawPath();
    String scores = (path.endsWith("/") ? path.substring(0, path.length() - 1) : path) + "/scores";
    StringBuilder url = new StringBuilder(item.getScheme()).append("://");
    url.append(item.getRawAuthority()).append(scores);
    if (item.getRawQuery() != null) {
      url.append('?').append(item.getRawQuery());
    }
    return URI.create(url.toString());
  }

  /** How long to wait after this many failed sends in a row (1 or more). */
  public static Duration retryAfter(int attempts) {
    int doublings = Math.max(0, attempts - 1);
    if (doublings >= 20) {
      return LONGEST_RETRY;
    }
    Duration wait = FIRST_RETRY.multipliedBy(1L << doublings);
    return wait.compareTo(LONGEST_RETRY) > 0 ? LONGEST_RETRY : wait;
  }
}
