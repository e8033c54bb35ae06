package org.pathways.xapi.boundary;

/** Where the xAPI pages live (paths from the site root). */
public final class XapiLinks {

  private XapiLinks() {}

  /** The administrators' "Learning record store" page. */
  public static String admin() {
    return "/admin/xapi.xhtml";
  }
}
