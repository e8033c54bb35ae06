package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.workshop.entity.Registration;
import org.pathways.workshop.entity.RegistrationStatus;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopSession;

/**
 * A workshop as the API shows it to one caller: the meeting link only to registered teachers and to
 * those who run it, attendance codes only to those who run it. Times carry the venue's offset.
 */
@ApplicationScoped
public class WorkshopViews {

  @Inject Authorization authorization;

  public record WorkshopView(
      String id,
      String title,
      String program,
      int phase,
      String kind,
      int capacity,
      String timeZone,
      List<SessionView> sessions,
      LocationView location,
      VirtualView virtual,
      Double distanceKm,
      int seatsLeft,
      int waitlisted,
      Instant registrationOpens,
      Instant registrationCloses,
      boolean registrationOpen,
      Integer prerequisitePercent,
      BigDecimal pdHoursCap,
      boolean demo,
      MineView mine,
      String url,
      String calendarUrl) {}

  public record SessionView(
      String id, int number, OffsetDateTime start, OffsetDateTime end, String attendanceCode) {}

  public record LocationView(
      String venue,
      String address,
      String city,
      String state,
      String zip,
      double lat,
      double lon) {}

  public record VirtualView(String meetingUrl) {}

  public record MineView(
      RegistrationStatus status,
      Integer position,
      int attendedSessions,
      BigDecimal hours,
      String certificate) {}

  /** The caller runs this workshop: a facilitator of it, a program manager or an administrator. */
  public boolean runs(Caller caller, Workshop workshop) {
    return authorization.permits(caller, WorkshopRules.WORKSHOP_ROSTER, workshop);
  }

  /** The caller organises this workshop: program staff, or a manager of its district. */
  public boolean manages(Caller caller, Workshop workshop) {
    return authorization.permits(caller, WorkshopRules.WORKSHOP_MANAGE, workshop);
  }

  public WorkshopView view(
      Caller caller,
      Workshop workshop,
      Double distanceKm,
      Registration mine,
      int position,
      Set<UUID> attended,
      String certificate,
      Instant now) {
    boolean runs = runs(caller, workshop);
    boolean registered = mine != null && mine.getStatus() == RegistrationStatus.REGISTERED;
    List<SessionView> sessions =
        workshop.getSessions().stream()
            .map(
                s ->
                    new SessionView(
                        s.getId().toString(),
                        s.getPosition(),
                        local(workshop, s.getStartsAt()),
                        local(workshop, s.getEndsAt()),
                        runs ? s.getAttendanceCode() : null))
            .toList();
    LocationView location =
        workshop.located()
            ? new LocationView(
                workshop.getVenue().getName(),
                workshop.getVenue().getAddress(),
                workshop.getVenue().getCity(),
                workshop.getVenue().getState(),
                workshop.getVenue().getZip(),
                workshop.getVenue().getLat(),
                workshop.getVenue().getLon())
            : null;
    VirtualView virtual =
        workshop.online()
            ? new VirtualView(registered || runs ? workshop.getMeetingUrl() : null)
            : null;
    MineView me =
        mine == null || !mine.active()
            ? null
            : new MineView(
                mine.getStatus(),
                position > 0 ? position : null,
                attended.size(),
                Attendances.hours(workshop, attended),
                certificate);
    return new WorkshopView(
        workshop.getId().toString(),
        workshop.getTitle(),
        workshop.getProgramSlug(),
        workshop.getPhase(),
        workshop.getKind().name(),
        workshop.getCapacity(),
        workshop.getTimeZone(),
        sessions,
        location,
        virtual,
        distanceKm,
        workshop.seatsLeft(),
        workshop.getWaitlisted(),
        workshop.getRegistrationOpens(),
        workshop.registration().closes(),
        workshop.registration().closedAt(now).isEmpty(),
        workshop.getPrerequisitePercent(),
        workshop.getKind().hoursCap(),
        workshop.isDemo(),
        me,
        WorkshopLinks.workshopPath(workshop.getId()),
        WorkshopLinks.calendarPath(workshop.getId()));
  }

  static OffsetDateTime local(Workshop workshop, Instant instant) {
    return instant.atZone(workshop.zone()).toOffsetDateTime();
  }

  static OffsetDateTime local(Workshop workshop, WorkshopSession session) {
    return local(workshop, session.getStartsAt());
  }
}
