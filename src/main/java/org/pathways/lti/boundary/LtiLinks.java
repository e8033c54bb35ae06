package org.pathways.lti.boundary;

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
}
