package org.pathways.workshop.boundary;

import static org.pathways.platform.entity.Ids.uuid;

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
import java.math.BigDecimal;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.pathways.identity.boundary.CurrentCaller;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.control.Distance;
import org.pathways.workshop.control.Places;
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

  public record Near(String query, double lat, double lon, String city, String state) {}

  public record SearchPage(
      List<WorkshopViews.WorkshopView> items, int page, int pageSize, int total, Near near) {}

  public record RegistrationView(
      String workshop, RegistrationStatus status, Integer position, int seatsLeft) {}

  public record AttendanceView(
      String workshop,
      String session,
      int number,
      OffsetDateTime start,
      OffsetDateTime end,
      Instant checkedInAt,
      String method,
      BigDecimal hours,
      String certificate) {}

  public record RosterEntry(
      String account,
      String name,
      String email,
      RegistrationStatus status,
      List<String> attendedSessions,
      BigDecimal hours) {}

  public record CertificateView(
      String code, String holder, String workshop, BigDecimal pdHours, Instant issuedAt) {}

  public record AttendanceMark(
      @NotNull(message = "Say whether the teacher was there.") Boolean present) {}

  public record CheckInRequest(String code) {}

  @GET
  public SearchPage search(
      @QueryParam("near") String near,
      @QueryParam("radiusKm") Double radiusKm,
      @QueryParam("from") String from,
      @QueryParam("to") String to,
      @QueryParam("program") String program,
      @QueryParam("phase") Integer phase,
      @QueryParam("page") Integer page) {
    Near place = null;
    Distance.Point point = null;
    if (near != null && !near.isBlank()) {
      Places.Place found =
          workshops
              .locate(near)
              .orElseThrow(
                  () ->
                      Refusal.invalid(
                          "near",
                          "We could not find \""
                              + org.pathways.workshop.control.WorkshopPlanCheck.safe(near)
                              + "\". Give a five-digit ZIP code, a city such as \"Denver, CO\","
                              + " or a latitude and longitude."));
      point = found.point();
      place = new Near(near.strip(), point.lat(), point.lon(), found.city(), found.state());
    }
    double radius = radiusKm == null ? DEFAULT_RADIUS_KM : radiusKm;
    if (!(radius > 0 && radius <= LARGEST_RADIUS_KM)) {
      throw Refusal.invalid("radiusKm", "The radius is between 1 and 5,000 km.");
    }
    Workshops.Results results =
        workshops.search(
            new Workshops.Search(
                point,
                radius,
                date(from, "from", false),
                date(to, "to", true),
                blankToNull(program),
                phase,
                page == null ? 1 : page));
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
    return new SearchPage(items, results.page(), results.pageSize(), results.total(), place);
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
      @NotNull(message = "Send the attendance code as JSON.") CheckInRequest request) {
    Caller me = caller.get();
    Attendances.CheckIn checkIn = attendances.checkIn(me, uuid(id), request.code());
    Workshop workshop = workshops.workshop(uuid(id));
    Set<UUID> attended = attendances.attendedBy(me, workshop);
    Certificate certificate = attendances.certificate(me, workshop.getId()).orElse(null);
    AttendanceView view =
        new AttendanceView(
            workshop.getId().toString(),
            checkIn.session().getId().toString(),
            checkIn.session().getPosition(),
            WorkshopViews.local(workshop, checkIn.session().getStartsAt()),
            WorkshopViews.local(workshop, checkIn.session().getEndsAt()),
            checkIn.attendance().getCheckedInAt(),
            checkIn.attendance().getMethod().name(),
            Attendances.hours(workshop, attended),
            certificate == null ? null : certificate.getCode());
    return Response.status(checkIn.created() ? 201 : 200).entity(view).build();
  }

  /** The teachers and their attendance (facilitators and organisers). */
  @GET
  @Path("{id}/roster")
  public List<RosterEntry> roster(@PathParam("id") String id) {
    return attendances.roster(caller.get(), uuid(id)).stream()
        .map(
            line ->
                new RosterEntry(
                    line.teacher().getId().toString(),
                    line.teacher().getName(),
                    line.teacher().getEmail(),
                    line.registration().getStatus(),
                    line.attended().stream().map(UUID::toString).sorted().toList(),
                    line.hours()))
        .toList();
  }

  /** A facilitator marks a teacher present ({@code present: true}) or absent at a session. */
  @PUT
  @Path("{id}/sessions/{session}/attendance/{account}")
  @Consumes(MediaType.APPLICATION_JSON)
  public Response mark(
      @PathParam("id") String id,
      @PathParam("session") String session,
      @PathParam("account") String account,
      @NotNull(message = "Send {\"present\": true} or false.") @Valid AttendanceMark mark) {
    attendances.mark(caller.get(), uuid(id), uuid(session), uuid(account), mark.present());
    return Response.noContent().build();
  }

  /** The caller's certificate of attendance (404 until they attended a session). */
  @GET
  @Path("{id}/certificate")
  public CertificateView certificate(@PathParam("id") String id) {
    Certificate c =
        attendances
            .certificate(caller.get(), uuid(id))
            .orElseThrow(
                () -> Refusal.notFound("There is no certificate yet: attend a session first."));
    return new CertificateView(
        c.getCode(), c.getHolderName(), c.getCourseTitle(), c.getPdHours(), c.getCompletedAt());
  }

  /** Sends the reminders due now (operators; the platform also does it every 15 minutes). */
  @POST
  @Path("reminders")
  public Map<String, Integer> remind() {
    Caller me = caller.get();
    if (!me.signedIn()) {
      throw new Refusal(Refusal.Kind.NOT_SIGNED_IN, "Please sign in first.");
    }
    if (!me.has(Role.ADMIN)) {
      throw new Refusal(Refusal.Kind.FORBIDDEN, "Only administrators can send reminders by hand.");
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
      throw Refusal.invalid("body", "Send the workshop as JSON.");
    }
    var violations = validator.validate(request);
    if (!violations.isEmpty()) {
      throw new jakarta.validation.ConstraintViolationException(violations);
    }
    return request;
  }

  private static void requireOrganiser(Caller me) {
    if (!me.signedIn()) {
      throw new Refusal(Refusal.Kind.NOT_SIGNED_IN, "Please sign in first.");
    }
    if (!me.hasAny(Role.PROGRAM_MANAGER, Role.ADMIN)) {
      throw new Refusal(
          Refusal.Kind.FORBIDDEN, "Only program managers and administrators organise workshops.");
    }
  }

  private static Instant date(String text, String field, boolean endOfDay) {
    if (text == null || text.isBlank()) {
      return null;
    }
    try {
      LocalDate day = LocalDate.parse(text.strip());
      return (endOfDay ? day.plusDays(1) : day).atStartOfDay().toInstant(ZoneOffset.UTC);
    } catch (DateTimeException e) {
      throw Refusal.invalid(field, "Give the date as YYYY-MM-DD, such as 2027-06-01.");
    }
  }

  private static String blankToNull(String text) {
    return text == null || text.isBlank() ? null : text.strip();
  }
}
