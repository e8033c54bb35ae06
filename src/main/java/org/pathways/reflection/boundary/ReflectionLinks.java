package org.pathways.reflection.boundary;

import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/** Where the reflection pages live, in one place (paths from the site root). */
public final class ReflectionLinks {

  private ReflectionLinks() {}

  /** A cohort's reflection queue: awaiting feedback unless {@code show} is {@code all}. */
  public static String queue(UUID cohort, String show) {
    return queue(cohort, show, 1);
  }

  /** A page of it. */
  public static String queue(UUID cohort, String show, int page) {
    UriBuilder link = UriBuilder.fromPath("/reflection/cohort.xhtml").queryParam("cohort", cohort);
    if (show != null) {
      link.queryParam("show", show);
    }
    if (page > 1) {
      link.queryParam("page", page);
    }
    return link.build().toString();
  }
}
