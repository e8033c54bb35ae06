package org.pathways.workshop.boundary;

import static org.pathways.workshop.control.WorkshopPlanCheck.safe;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.security.SecurityRequirement;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.boundary.Idempotent;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.boundary.PathwaysApi;
import org.pathways.platform.entity.PageRequest;
import org.pathways.platform.entity.Refusal;
import org.pathways.platform.entity.ResultPage;
import org.pathways.workshop.boundary.WorkshopApi.AttendanceMark;
import org.pathways.workshop.boundary.WorkshopApi.AttendanceView;
import org.pathways.workshop.boundary.WorkshopApi.CertificateView;
import org.pathways.workshop.boundary.WorkshopApi.CheckInRequest;
import org.pathways.workshop.boundary.WorkshopApi.Near;
import org.pathways.workshop.boundary.WorkshopApi.RegistrationView;
import org.pathways.workshop.boundary.WorkshopApi.RosterEntry;
import org.pathways.workshop.boundary.WorkshopApi.SearchPage;
import org.pathways.workshop.control.Distance;
import org.pathways.workshop.control.Places;
import org.pathways.workshop.control.WorkshopDates;
import org.pathways.workshop.entity.Registration;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopRequest;

/** Workshops of the in-person phases (the Workshops table of the API contract). */
@ApplicationScoped
@Path("workshops")
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopsResource {

  static final double DEFAULT_RADIUS_KM = 100;
  static final double LARGEST_RADIUS_KM = 5_000;

  @Inject Workshops workshops;
  @Inject WorkshopSearch search;
  @Inject WorkshopPlans plans;
  @Inject Registrations registrations;
  @Inject Attendances attendances;
  @Inject WorkshopViews views;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject OrganiserRequests organisers;
  @Context UriInfo uri;

  @GET
  @Operation(
      summary = "Find workshops",
      description =
          "Sorted by distance when near is given, else by date; size at most 100. A token, when sent, adds the caller's registration.",
      operationId = "searchWorkshops")
  public SearchPage search(
      @QueryParam("near") String near,
      @QueryParam("radiusKm") Double radiusKm,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("program") String program,
      @QueryParam("phase") Integer phase,
      @QueryParam("page") Integer page,
      @QueryParam("size") Integer size) {
    Near place = null;
    Distance.Point point = null;
    if (near != null && !near.isBlank()) {
      Places.Place found =
          search
              .locate(near)
              .orElseThrow(
                  () -> Refusal.invalid("near", "workshop.refused.unknownPlace", safe(near)));
      point = found.point();
      place = new Near(near.strip(), point.lat(), point.lon(), found.city(), found.state());
    }
    double radius = radiusKm == null ? DEFAULT_RADIUS_KM : radiusKm;
    if (!(radius > 0 && radius <= LARGEST_RADIUS_KM)) {
      throw Refusal.invalid("radiusKm", "workshop.refused.radius");
    }
    WorkshopDates dates =
        WorkshopDates.parse(
            from,
            to,
            field -> {
              throw Refusal.invalid(field, "workshop.refused.badDate");
            });
    ResultPage<WorkshopSearch.Found> results =
        search.search(
            new WorkshopSearch.Search(
                point,
                radius,
                dates.from(),
                dates.to(),
                program == null || program.isBlank() ? null : program.strip(),
                phase,
                PageRequest.of(page, size)));
    Caller me = caller.get();
    Map<UUID, Registration> mine = workshops.registrationsOf(me);
    Instant now = clock.instant();
    List<WorkshopViews.WorkshopView> items =
        results.items().stream()
            .map(
                f -> {
                  Registration r = mine.get(f.workshop().getId());
                  return views.view(me, f.workshop(), f.distanceKm(), r, 0, Set.of(), null, now);
                })
            .toList();
    return new SearchPage(
        items, results.page(), results.size(), results.size(), (int) results.total(), place);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Create a workshop",
      description =
          "Program managers and administrators; district managers in a district they manage"
              + " (districtId required of them).",
      operationId = "createWorkshop")
  @APIResponse(responseCode = "201", description = "The workshop")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response create(WorkshopRequest request) {
    Caller me = caller.get();
    organisers.requireOrganiser(me);
    Workshop workshop =
        workshops.create(me, plans.plan(organisers.valid(request)), request.districtId);
    return Response.created(uri.getAbsolutePathBuilder().path(workshop.getId().toString()).build())
        .entity(view(me, workshop))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Change a workshop",
      description =
          "Its organisers: program managers, administrators, the managers of its district."
              + " Capacity can grow (the waitlist moves up) but not drop below those registered.",
      operationId = "changeWorkshop")
  @APIResponse(responseCode = "200", description = "The workshop")
  @APIResponse(responseCode = "409", description = "The change conflicts with registrations")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public WorkshopViews.WorkshopView change(@PathParam("id") UUID id, WorkshopRequest request) {
    Caller me = caller.get();
    organisers.requireOrganiser(me);
    Workshop workshop =
        workshops.change(me, id, plans.plan(organisers.valid(request)), request.districtId);
    return view(me, workshop);
  }

  @GET
  @Path("{id}")
  @Operation(
      summary = "A workshop",
      description = "A token, when sent, adds the caller's registration.")
  public WorkshopViews.WorkshopView workshop(@PathParam("id") UUID id) {
    return view(caller.get(), workshops.workshop(id));
  }

  @POST
  @Path("{id}/registrations")
  @Idempotent
  @Operation(
      summary = "Register the caller for a workshop",
      description = "A full workshop puts the caller on its waitlist.")
  @APIResponse(responseCode = "200", description = "Already registered")
  @APIResponse(responseCode = "201", description = "Registered or waitlisted")
  @APIResponse(
      responseCode = "409",
      description = "A prerequisite is unmet (named) or registration is closed")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response register(@PathParam("id") UUID id) {
    Registrations.Outcome outcome = registrations.register(caller.get(), id);
    Registration r = outcome.registration();
    Workshop workshop = workshops.workshop(r.getWorkshopId());
    RegistrationView view =
        new RegistrationView(
            r.getWorkshopId().toString(),
            r.getStatus(),
            outcome.position() > 0 ? outcome.position() : null,
            workshop.seatsLeft());
    return Response.status(outcome.created() ? 201 : 200).entity(view).build();
  }

  @DELETE
  @Path("{id}/registrations/mine")
  @Operation(
      summary = "Cancel the caller's registration",
      description = "The first on the waitlist moves up.")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response cancel(@PathParam("id") UUID id) {
    registrations.cancel(caller.get(), id);
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(
      summary = "Check in with the attendance code",
      description = "Wrong codes are limited.")
  @APIResponse(responseCode = "201", description = "The attendance")
  @APIResponse(responseCode = "422", description = "The code is wrong or not open")
  @APIResponse(responseCode = "429", description = "Too many wrong codes; Retry-After says when")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response checkIn(
      @PathParam("id") UUID id,
      @NotNull(message = "{workshop.api.checkInBody}") CheckInRequest request) {
    Caller me = caller.get();
    Attendances.CheckIn checkIn = attendances.checkIn(me, id, request.code());
    Workshop workshop = workshops.workshop(id);
    Set<UUID> attended = attendances.attendedBy(me, workshop);
    Certificate certificate = attendances.certificate(me, workshop.getId()).orElse(null);
    AttendanceView view = AttendanceView.of(workshop, checkIn, attended, certificate);
    return Response.status(checkIn.created() ? 201 : 200).entity(view).build();
  }

  /** The teachers and their attendance (facilitators and organisers). */
  @GET
  @Path("{id}/roster")
  @Operation(summary = "A workshop's roster (its organisers)")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public List<RosterEntry> roster(@PathParam("id") UUID id) {
    return attendances.roster(caller.get(), id).stream().map(RosterEntry::of).toList();
  }

  /** A facilitator marks a teacher present ({@code present: true}) or absent at a session. */
  @PUT
  @Path("{id}/sessions/{session}/attendance/{account}")
  @Consumes(MediaType.APPLICATION_JSON)
  @Operation(summary = "Mark a teacher present or absent at a session (organisers)")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public Response mark(
      @PathParam("id") UUID id,
      @PathParam("session") UUID session,
      @PathParam("account") UUID account,
      @NotNull(message = "{workshop.api.markBody}") @Valid AttendanceMark mark) {
    attendances.mark(caller.get(), id, session, account, mark.present());
    return Response.noContent().build();
  }

  /** The caller's certificate of attendance (404 until they attended a session). */
  @GET
  @Path("{id}/certificate")
  @Operation(
      summary = "The caller's certificate of a workshop",
      operationId = "workshopCertificate")
  @SecurityRequirement(name = PathwaysApi.BEARER)
  public CertificateView certificate(@PathParam("id") UUID id) {
    return attendances
        .certificate(caller.get(), id)
        .map(CertificateView::of)
        .orElseThrow(() -> Refusal.notFound("workshop.refused.noCertificate"));
  }

  private WorkshopViews.WorkshopView view(Caller me, Workshop workshop) {
    Registration mine = registrations.registration(workshop.getId(), me.id()).orElse(null);
    Set<UUID> attended = attendances.attendedBy(me, workshop);
    String certificate =
        attended.isEmpty()
            ? null
            : attendances.certificate(me, workshop.getId()).map(Certificate::getCode).orElse(null);
    return views.view(
        me,
        workshop,
        null,
        mine,
        mine == null ? 0 : registrations.position(mine),
        attended,
        certificate,
        clock.instant());
  }
}
