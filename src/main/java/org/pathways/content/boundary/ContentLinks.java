package org.pathways.content.boundary;

/** Where the content feature's pages live (paths from the site root). */
public final class ContentLinks {

  private ContentLinks() {}

  /** Content administrators' view of the course packages, where they are reloaded. */
  public static String admin() {
    return "/admin/content.xhtml";
  }
}
