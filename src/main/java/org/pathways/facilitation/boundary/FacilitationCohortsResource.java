package org.pathways.facilitation.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.facilitation.entity.CohortSummary;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;

/** "My cohorts" for the API. */
@ApplicationScoped
@Path("facilitation/cohorts")
@Produces(MediaType.APPLICATION_JSON)
public class FacilitationCohortsResource {

  @Inject MyCohorts cohorts;
  @Inject CurrentCaller caller;

  public record CohortView(
      String id,
      String name,
      String district,
      String course,
      String courseTitle,
      int teachers,
      int active7d,
      int completed,
      int atRisk,
      int awaitingFeedback) {}

  @GET
  @Operation(
      summary = "The cohorts the caller supports, with their counts",
      description =
          "Facilitators their cohorts, district managers their districts', program managers and"
              + " administrators all (at most 500, newest first): teachers, active in the last 7"
              + " days, completed, at risk and reflections awaiting feedback. 404 for a caller"
              + " who supports no cohort by role.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<CohortView> cohorts() {
    return cohorts.of(caller.get()).stream().map(FacilitationCohortsResource::view).toList();
  }

  private static CohortView view(CohortSummary s) {
    return new CohortView(
        s.id().toString(),
        s.name(),
        s.district(),
        s.course(),
        s.courseTitle(),
        s.counts().teachers(),
        s.counts().active7d(),
        s.counts().completed(),
        s.counts().atRisk(),
        s.counts().awaiting());
  }
}
