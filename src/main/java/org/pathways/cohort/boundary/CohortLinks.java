package org.pathways.cohort.boundary;

import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;

/** Where the cohort pages live, in one place (paths from the site root). */
public final class CohortLinks {

  private CohortLinks() {}

  /** Program staff's list of cohorts, where they create one. */
  public static String cohorts() {
    return "/admin/cohorts.xhtml";
  }

  /** A cohort's page: who facilitates it and who is invited. */
  static String cohort(UUID id) {
    return UriBuilder.fromPath("/admin/cohort.xhtml").queryParam("id", id).build().toString();
  }

  /** The list of cohorts, saying that this one was just created. */
  static String created(UUID id) {
    return UriBuilder.fromPath("/admin/cohorts.xhtml").queryParam("created", id).build().toString();
  }

  /** The queue of its teachers' reflections awaiting feedback (the reflection feature's page). */
  static String reflections(UUID id) {
    return UriBuilder.fromPath("/reflection/cohort.xhtml")
        .queryParam("cohort", id)
        .build()
        .toString();
  }

  /** Its teachers' progress (the facilitation feature's page). */
  static String progress(UUID id) {
    return UriBuilder.fromPath("/facilitation/cohort.xhtml")
        .queryParam("id", id)
        .build()
        .toString();
  }
}
