package org.pathways.reflection.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.UUID;
import org.pathways.identity.boundary.CurrentCaller;

/** The reflections a cohort's facilitators (or its teachers) may read. */
@Path("cohorts/{id}/reflections")
@Produces(MediaType.APPLICATION_JSON)
public class CohortReflectionsResource {

  @Inject ReflectionReads reads;
  @Inject CurrentCaller caller;

  @GET
  public ReflectionViews.Page<ReflectionViews.CohortSubmissionView> reflections(
      @PathParam("id") UUID id,
      @QueryParam("page") @DefaultValue("1") int page,
      @QueryParam("unreviewed") @DefaultValue("false") boolean unreviewed) {
    return reads.cohort(caller.get(), id, Math.max(1, page), unreviewed);
  }
}
