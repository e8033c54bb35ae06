package org.pathways.platform.control;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who may frame a page. Nobody, as a rule ({@code frame-ancestors 'none'} and {@code
 * X-Frame-Options: DENY}); a session opened by an LTI launch holds the origins of the LMS that
 * launched it (under {@link #SESSION_ORIGINS}), and its pages may be framed by those origins alone,
 * without X-Frame-Options (which cannot name an origin). An origin that is not a plain scheme, host
 * and port counts as none, so nothing else can reach the header.
 */
public final class FrameAncestors {

  /** The session attribute: the framing origins, separated by spaces. */
  public static final String SESSION_ORIGINS = "pathways.frameAncestors";

  private static final Pattern ORIGIN =
      Pattern.compile("https?://[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(:[0-9]{1,5})?");
  private static final String NONE = "frame-ancestors 'none'";

  private FrameAncestors() {}

  /** The headers for a response: the whole CSP, and X-Frame-Options or null to send none. */
  public record Headers(String contentSecurityPolicy, String frameOptions) {}

  /** The headers for a page of a session with these framing origins (null: none). */
  public static Headers headers(String policy, Object sessionOrigins) {
    List<String> origins = origins(sessionOrigins);
    if (origins.isEmpty() || !policy.contains(NONE)) {
      return new Headers(policy, "DENY");
    }
    return new Headers(policy.replace(NONE, "frame-ancestors " + String.join(" ", origins)), null);
  }

  /** The valid origins of the attribute's value; empty when any is not an origin. */
  static List<String> origins(Object value) {
    if (!(value instanceof String text) || text.isBlank()) {
      return List.of();
    }
    List<String> origins = Arrays.asList(text.strip().split(" +"));
    return origins.size() <= 10 && origins.stream().allMatch(o -> ORIGIN.matcher(o).matches())
        ? origins
        : List.of();
  }

  /** The value to keep in the session for these origins (those that are not origins dropped). */
  public static String value(List<String> origins) {
    return String.join(
        " ", origins.stream().filter(o -> ORIGIN.matcher(o).matches()).limit(10).toList());
  }
}
