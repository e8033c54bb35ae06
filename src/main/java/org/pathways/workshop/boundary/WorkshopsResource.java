package org.pathways.workshop.boundary;

import static org.pathways.platform.entity.Ids.uuid;
import static org.pathways.workshop.control.WorkshopPlanCheck.safe;

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
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.entity.Refusal;
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
import org.pathways.workshop.entity.RegistrationStatus;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopRequest;

/** Workshops of the in-person phases (the Workshops table of the API contract). */
@Path("workshops")
@Produces(MediaType.APPLICATION_JSON)
public class WorkshopsResource {

  static final double DEFAULT_RADIUS_KM = 100;
  static final double LARGEST_RADIUS_KM = 5_000;

  @Inject Workshops workshops;
  @Inject WorkshopSearch search;
  @Inject Authorization authorization;
  @Inject WorkshopPlans plans;
  @Inject Registrations registrations;
  @Inject Attendances attendances;
  @Inject Calendars calendars;
  @Inject Reminders reminders;
  @Inject WorkshopViews views;
  @Inject CurrentCaller caller;
  @Inject Clock clock;
  @Inject jakarta.validation.Validator validator;
  @Context UriInfo uri;

  @GET
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
                  () -> Refused.invalid("near", "workshop.refused.unknownPlace", safe(near)));
      point = found.point();
      place = new Near(near.strip(), point.lat(), point.lon(), found.city(), found.state());
    }
    double radius = radiusKm == null ? DEFAULT_RADIUS_KM : radiusKm;
    if (!(radius > 0 && radius <= LARGEST_RADIUS_KM)) {
      throw Refused.invalid("radiusKm", "workshop.refused.radius");
    }
    WorkshopDates dates =
        WorkshopDates.parse(
            from,
            to,
            field -> {
              throw Refused.invalid(field, "workshop.refused.badDate");
            });
    WorkshopSearch.Results results =
        search.search(
            new WorkshopSearch.Search(
                point,
                radius,
                dates.from(),
                dates.to(),
                program == null || program.isBlank() ? null : program.strip(),
                phase,
                page == null ? 1 : page,
                size == null ? WorkshopSearch.PAGE_SIZE : size));
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
        items, results.page(), results.pageSize(), results.pageSize(), results.total(), place);
  }

  @POST
  @Consumes(MediaType.APPLICATION_JSON)
  public Response create(WorkshopRequest request) {
    Caller me = caller.get();
    requireOrganiser(me);
    Workshop workshop = workshops.create(me, plans.plan(valid(request)));
    return Response.created(uri.getAbsolutePathBuilder().path(workshop.getId().toString()).build())
        .entity(view(me, workshop))
        .build();
  }

  @PUT
  @Path("{id}")
  @Consumes(MediaType.APPLICATION_JSON)
  public WorkshopViews.WorkshopView change(@PathParam("id") String id, WorkshopRequest request) {
    Caller me = caller.get();
    requireOrganiser(me);
    Workshop workshop = workshops.change(me, uuid(id), plans.plan(valid(request)));
    return view(me, workshop);
  }

  @GET
  @Path("{id}")
  public WorkshopViews.WorkshopView workshop(@PathParam("id") String id) {
    return view(caller.get(), workshops.workshop(uuid(id)));
  }

  @GET
  @Path("{id}/calendar.ics")
  @Produces("text/calendar")
  public Response calendar(@PathParam("id") String id) {
    Caller me = caller.get();
    Workshop workshop = workshops.workshop(uuid(id));
    boolean withMeeting =
        views.runs(me, workshop)
            || registrations
                .registration(workshop.getId(), me.id())
                .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
                .isPresent();
    return Response.ok(calendars.workshop(workshop, withMeeting), "text/calendar; charset=utf-8")
        .header(
            "Content-Disposition", "attachment; filename=\"workshop-" + workshop.getId() + ".ics\"")
        .build();
  }

  @POST
  @Path("{id}/registrations")
  public Response register(@PathParam("id") String id) {
    Registrations.Outcome outcome = registrations.register(caller.get(), uuid(id));
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
  public Response cancel(@PathParam("id") String id) {
    registrations.cancel(caller.get(), uuid(id));
    return Response.noContent().build();
  }

  @POST
  @Path("{id}/attendance")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response checkIn(
      @PathParam("id") String id,
      @NotNull(message = "{workshop.api.checkInBody}") CheckInRequest request) {
    Caller me = caller.get();
    Attendances.CheckIn checkIn = attendances.checkIn(me, uuid(id), request.code());
    Workshop workshop = workshops.workshop(uuid(id));
    Set<UUID> attended = attendances.attendedBy(me, workshop);
    Certificate certificate = attendances.certificate(me, workshop.getId()).orElse(null);
    AttendanceView view = AttendanceView.of(workshop, checkIn, attended, certificate);
    return Response.status(checkIn.created() ? 201 : 200).entity(view).build();
  }

  /** The teachers and their attendance (facilitators and organisers). */
  @GET
  @Path("{id}/roster")
  public List<RosterEntry> roster(@PathParam("id") String id) {
    return attendances.roster(caller.get(), uuid(id)).stream().map(RosterEntry::of).toList();
  }

  /** A facilitator marks a teacher present ({@code present: true}) or absent at a session. */
  @PUT
  @Path("{id}/sessions/{session}/attendance/{account}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response mark(
      @PathParam("id") String id,
      @PathParam("session") String session,
      @PathParam("account") String account,
      @NotNull(message = "{workshop.api.markBody}") @Valid AttendanceMark mark) {
    attendances.mark(caller.get(), uuid(id), uuid(session), uuid(account), mark.present());
    return Response.noContent().build();
  }

  /** The caller's certificate of attendance (404 until they attended a session). */
  @GET
  @Path("{id}/certificate")
  public CertificateView certificate(@PathParam("id") String id) {
    return attendances
        .certificate(caller.get(), uuid(id))
        .map(CertificateView::of)
        .orElseThrow(() -> Refused.notFound("workshop.refused.noCertificate"));
  }

  /** Sends the reminders due now (operators; the platform also does it every 15 minutes). */
  @POST
  @Path("reminders")
  public Map<String, Integer> remind() {
    Caller me = caller.get();
    authorization.requireSignedIn(me);
    if (!me.has(Role.ADMIN)) {
      throw Refused.because(Refusal.Kind.FORBIDDEN, "workshop.refused.remindersByHand");
    }
    return Map.of("sent", reminders.sweep());
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

  /**
   * Checks the body after the caller's right to organise (a teacher learns nothing from the field
   * messages), naming every field that is wrong.
   */
  private WorkshopRequest valid(WorkshopRequest request) {
    if (request == null) {
      throw Refused.invalid("body", "workshop.refused.noBody");
    }
    var violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new jakarta.validation.ConstraintViolationException(violations);
    }
    return request;
  }

  private void requireOrganiser(Caller me) {
    authorization.requireSignedIn(me);
    if (!me.hasAny(Role.PROGRAM_MANAGER, Role.ADMIN)) {
      throw Refused.because(Refusal.Kind.FORBIDDEN, "workshop.refused.notOrganiser");
    }
  }
}
