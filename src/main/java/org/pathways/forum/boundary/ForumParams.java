package org.pathways.forum.boundary;

import org.pathways.platform.boundary.Pages;

/** The request parameters the forum pages share. */
final class ForumParams {

  private ForumParams() {}

  /** The {@code page} parameter, 1 when absent or not a number. */
  static int page() {
    try {
      String page = Pages.param("page");
      return page == null ? 1 : Integer.parseInt(page.strip());
    } catch (NumberFormatException e) {
      return 1;
    }
  }
}
