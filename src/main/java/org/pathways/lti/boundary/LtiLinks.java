package org.pathways.lti.boundary;

/** Where the LTI pages live (paths from the site root). */
public final class LtiLinks {

  private LtiLinks() {}

  /** The administrators' "Connect your LMS" page. */
  public static String admin() {
    return "/admin/lti.xhtml";
  }
}
