package org.pathways.platform.control;

import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Who may frame a page. Nobody, as a rule ({@code frame-ancestors 'none'} and {@code
 * X-Frame-Options: DENY}); a session opened by an LTI launch holds the origins of the LMS that
 * launched it (under {@link #SESSION_ORIGINS}), and its pages may be framed by those origins alone,
 * without X-Frame-Options (which cannot name an origin). A session answering an LMS's deep linking
 * request also holds the origin its pages post the choice to ({@link #SESSION_FORM_TARGETS}), added
 * to {@code form-action}. An origin that is not a plain scheme, host and port counts as none, so
 * nothing else can reach the header.
 */
public final class FrameAncestors {

  /** The session attribute: the framing origins, separated by spaces. */
  public static final String SESSION_ORIGINS = "pathways.frameAncestors";

  /** The session attribute: more origins forms may post to, separated by spaces. */
  public static final String SESSION_FORM_TARGETS = "pathways.formTargets";

  private static final Pattern ORIGIN =
      Pattern.compile("https?://[A-Za-z0-9]([A-Za-z0-9.-]{0,251}[A-Za-z0-9])?(:[0-9]{1,5})?");
  private static final String NONE = "frame-ancestors 'none'";
  private static final String SELF_FORMS = "form-action 'self'";

  /**
   * The pages a launch leads to, which alone may be framed: the course, its steps and certificate,
   * the deep linking choice, and the forum the modules link to. Account, profile and staff pages
   * keep {@code 'none'} in a launched session too.
   */
  private static final List<String> LAUNCHED_PAGES = List.of("/learning/", "/lti/", "/forum/");

  private FrameAncestors() {}

  /** Whether a page at this path (within the site) is one a launch leads to. */
  public static boolean launchedPage(String path) {
    return path != null
        && !path.contains("..")
        && LAUNCHED_PAGES.stream().anyMatch(path::startsWith);
  }

  /** The headers for a response: the whole CSP, and X-Frame-Options or null to send none. */
  public record Headers(String contentSecurityPolicy, String frameOptions) {}

  /**
   * The headers for a page of a session with these framing origins and form targets (the session
   * attributes' values; null: none).
   */
  public static Headers headers(String policy, Object sessionOrigins, Object formTargets) {
    List<String> targets = origins(formTargets);
    String withForms =
        targets.isEmpty()
            ? policy
            : policy.replace(SELF_FORMS, SELF_FORMS + " " + String.join(" ", targets));
    List<String> origins = origins(sessionOrigins);
    if (origins.isEmpty() || !withForms.contains(NONE)) {
      return new Headers(withForms, "DENY");
    }
    return new Headers(
        withForms.replace(NONE, "frame-ancestors " + String.join(" ", origins)), null);
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
