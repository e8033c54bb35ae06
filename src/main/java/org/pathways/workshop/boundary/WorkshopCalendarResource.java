package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.ProblemResponses;
import org.pathways.workshop.entity.RegistrationStatus;
import org.pathways.workshop.entity.Workshop;

/** A workshop's sessions as an iCalendar file, with the meeting link for those who may join. */
@ApplicationScoped
@Path("workshops/{id}/calendar.ics")
public class WorkshopCalendarResource {

  @Inject Workshops workshops;
  @Inject Registrations registrations;
  @Inject Calendars calendars;
  @Inject WorkshopViews views;
  @Inject CurrentCaller caller;
  @Context HttpHeaders headers;
  @Context HttpServletRequest request;

  @GET
  @Produces("text/calendar")
  @Operation(
      summary = "A workshop's sessions as iCalendar",
      description = "The meeting link only for its organisers and registered teachers.",
      operationId = "workshopCalendar")
  public Response calendar(@PathParam("id") UUID id) {
    Caller me = caller.get();
    Workshop workshop = workshops.workshop(id);
    boolean withMeeting =
        views.runs(me, workshop)
            || registrations
                .registration(workshop.getId(), me.id())
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .isPresent();
    return Response.ok(
            calendars.workshop(workshop, withMeeting, ProblemResponses.reader(headers, request)),
            "text/calendar; charset=utf-8")
        .header(
            "Content-Disposition", "attachment; filename=\"workshop-" + workshop.getId() + ".ics\"")
        .build();
  }
}
