package org.pathways.reflection.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.ResultPage;

/** The reflections a cohort's facilitators (or its teachers) may read. */
@ApplicationScoped
@Path("cohorts/{id}/reflections")
@Produces(MediaType.APPLICATION_JSON)
public class CohortReflectionsResource {

  @Inject ReflectionReads reads;
  @Inject CurrentCaller caller;

  @GET
  @Operation(
      summary = "Reflections of a cohort's teachers",
      description =
          "For its facilitators, by the visibility each teacher chose; one page at a time.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public ResultPage<ReflectionViews.CohortSubmissionView> reflections(
      @PathParam("id") UUID id,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("size") Integer size,
      @QueryParam("unreviewed") @DefaultValue("false") boolean unreviewed) {
    return reads.cohort(caller.get(), id, PageRequest.of(page, size), unreviewed);
  }
}
