package org.pathways.workshop.boundary;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.pathways.identity.boundary.CurrentCaller;

/** The caller's journey through every program (GET /api/me/journey). */
@Path("me/journey")
@Produces(MediaType.APPLICATION_JSON)
public class JourneyResource {

  @Inject Journeys journeys;
  @Inject CurrentCaller caller;

  @GET
  public List<Journeys.Journey> journey() {
    return journeys.journeys(caller.get());
  }
}
