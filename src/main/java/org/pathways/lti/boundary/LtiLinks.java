package org.pathways.lti.boundary;

import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/** Where the LTI pages live (paths from the site root). */
public final class LtiLinks {

  private LtiLinks() {}

  /** The administrators' "Connect your LMS" page. */
  public static String admin() {
    return "/admin/lti.xhtml";
  }

  /** The page where a deep linking request chooses a course. */
  public static String deepLinking() {
    return "/lti/deep-link.xhtml";
  }

  /**
   * The plain page that says why a launch was refused, in the reader's words; naming the registered
   * platform the launch came from (or null) lets that platform frame it, so that the reader sees it
   * inside the LMS ({@link LtiRefusedPage}).
   */
  public static String refused(String problem, UUID platform) {
    UriBuilder page = UriBuilder.fromPath("/lti/refused.xhtml").queryParam("problem", problem);
    if (platform != null) {
      page.queryParam("platform", platform);
    }
    return page.build().toString();
  }
}
