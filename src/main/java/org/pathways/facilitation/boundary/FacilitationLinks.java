package org.pathways.facilitation.boundary;

import jakarta.ws.rs.core.UriBuilder;
import java.util.UUID;
import org.pathways.facilitation.control.MatrixView;

/** Where the facilitation pages live, in one place (paths from the site root). */
public final class FacilitationLinks {

  private FacilitationLinks() {}

  /** "My cohorts". */
  public static String cohorts() {
    return "/facilitation/index.xhtml";
  }

  /** "My workshops". */
  public static String workshops() {
    return "/facilitation/workshops.xhtml";
  }

  /** A cohort's progress as this view shows it (the default view leaves its parameters out). */
  public static String cohort(UUID id, MatrixView view) {
    UriBuilder url = UriBuilder.fromPath("/facilitation/cohort.xhtml").queryParam("id", id);
    if (view.sort() != MatrixView.DEFAULT.sort()) {
      url.queryParam("sort", view.sort().key());
    }
    if (view.descending()) {
      url.queryParam("dir", "desc");
    }
    if (view.atRiskOnly()) {
      url.queryParam("risk", 1);
    }
    if (!view.nameContains().isEmpty()) {
      // A template value is encoded whole, as a form would send it.
      return url.queryParam("name", "{name}").build(view.nameContains()).toString();
    }
    return url.build().toString();
  }

  /** A cohort's progress as CSV, for a signed-in page user. */
  public static String csv(UUID id) {
    return UriBuilder.fromPath("/facilitation/progress.csv")
        .queryParam("id", id)
        .build()
        .toString();
  }

  /** A cohort's reflection queue (the reflection feature's page). */
  public static String reflections(UUID id) {
    return UriBuilder.fromPath("/reflection/cohort.xhtml")
        .queryParam("cohort", id)
        .build()
        .toString();
  }
}
