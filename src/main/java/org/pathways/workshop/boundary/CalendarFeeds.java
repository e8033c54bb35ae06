package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathways.platform.entity.Refusal;

/** A teacher's private calendar feed, which calendar apps fetch without signing in. */
@ApplicationScoped
@Path("calendar-feeds")
public class CalendarFeeds {

  @Inject Calendars calendars;

  @GET
  @Path("{token}.ics")
  @Produces("text/calendar")
  @Operation(
      summary = "A private calendar feed (iCalendar)",
      description = "Public by its secret address: no token.")
  public Response calendar(@PathParam("token") String token) {
    String ics =
        calendars.feed(token).orElseThrow(() -> Refusal.notFound("workshop.refused.feedGone"));
    return Response.ok(ics, "text/calendar; charset=utf-8")
        .header("Cache-Control", "private, max-age=300")
        .build();
  }
}
