package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.platform.boundary.PathwaysApi;

/** The caller's journey through every program (GET /api/me/journey). */
@ApplicationScoped
@Path("me/journey")
@Produces(MediaType.APPLICATION_JSON)
public class JourneyResource {

  @Inject Journeys journeys;
  @Inject CurrentCaller caller;

  @GET
  @Operation(summary = "Where the caller stands in each phase of each program")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<Journeys.Journey> journey() {
    return journeys.journeys(caller.get());
  }
}
