package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathways.content.control.ContentLibrary;
import org.pathways.content.entity.Program;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.Learning;
import org.pathways.learning.entity.Certificate;
import org.pathways.learning.entity.Learner;
import org.pathways.workshop.control.Prerequisites;
import org.pathways.workshop.entity.Attendance;
import org.pathways.workshop.entity.Registration;
import org.pathways.workshop.entity.RegistrationStatus;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopSession;

/**
 * A teacher's journey through each program: every phase with where they stand, from the online
 * course's percent to the workshop they registered for, attended and earned hours in. A handful of
 * queries, whatever the number of phases and workshops.
 */
@ApplicationScoped
public class Journeys {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject ContentLibrary library;
  @Inject Learning learning;
  @Inject Workshops workshops;
  @Inject Registrations registrations;
  @Inject Clock clock;

  /** Where a teacher stands in a phase. */
  public enum PhaseState {
    COMPLETED,
    IN_PROGRESS,
    REGISTERED,
    WAITLISTED,
    OPEN,
    NOT_YET_OPEN
  }

  public record Journey(String program, String title, boolean started, List<PhaseView> phases) {}

  public record PhaseView(
      int number,
      String title,
      String kind,
      PhaseState state,
      Online online,
      List<Place> workshops,
      Session nextSession,
      List<Needed> missing,
      String findUrl) {}

  public record Online(
      String course,
      String title,
      boolean enrolled,
      int percent,
      boolean completed,
      String enrollment,
      String url) {}

  public record Place(
      String workshop,
      String title,
      String city,
      String state,
      boolean online,
      String timeZone,
      RegistrationStatus status,
      int position,
      int sessions,
      int attended,
      BigDecimal hours,
      String certificate,
      OffsetDateTime start,
      OffsetDateTime end,
      String url,
      String calendarUrl) {}

  public record Session(
      String workshop,
      String title,
      OffsetDateTime start,
      OffsetDateTime end,
      String timeZone,
      String city) {}

  public record Needed(
      int phase, String title, String course, Integer percentNeeded, int percentNow, String url) {}

  /** A start far enough ahead that every registered earlier workshop has ended by then. */
  static final Instant OPEN_HORIZON = Instant.parse("9999-12-31T00:00:00Z");

  @Transactional
  public List<Journey> journeys(Caller caller) {
    authorization.requireSignedIn(caller);
    Instant now = clock.instant();
    Map<UUID, Registration> mine = workshops.registrationsOf(caller);
    Map<UUID, Workshop> held = workshops.workshops(mine.keySet());
    Set<UUID> attendedSessions =
        em.createNamedQuery(Attendance.OF_ACCOUNT, Attendance.class)
            .setParameter("account", caller.id())
            .getResultStream()
            .map(Attendance::getSessionId)
            .collect(Collectors.toSet());
    Map<String, Certificate> certificates =
        em.createQuery(
                "select c from Certificate c where c.accountId = :account"
                    + " and c.workshopId is not null",
                Certificate.class)
            .setParameter("account", caller.id().toString())
            .getResultStream()
            .collect(Collectors.toMap(c -> c.getWorkshopId().toString(), c -> c));
    Map<String, Learner> learners = new HashMap<>();
    learning.enrollments(caller).forEach(l -> learners.put(l.enrollment().getCourseSlug(), l));

    List<Journey> journeys = new ArrayList<>();
    for (Program program : library.catalog().programs()) {
      Map<Integer, Prerequisites.Standing> standings = new HashMap<>();
      List<PhaseView> phases = new ArrayList<>();
      boolean started = false;
      // First pass: standings, for the prerequisites of later phases.
      for (Program.Phase phase : program.phases()) {
        Learner learner = phase.course() == null ? null : learners.get(phase.course());
        boolean attended = false;
        List<Instant> ends = new ArrayList<>();
        for (Workshop w : held.values()) {
          if (w.getProgramSlug().equals(program.slug()) && w.getPhase() == phase.number()) {
            attended |=
                w.getSessions().stream().anyMatch(s -> attendedSessions.contains(s.getId()));
            if (mine.get(w.getId()).getStatus() == RegistrationStatus.REGISTERED) {
              ends.add(w.getLastEnd());
            }
          }
        }
        standings.put(
            phase.number(),
            new Prerequisites.Standing(
                learner == null ? null : learner.progress().percent(), attended, ends));
      }
      for (Program.Phase phase : program.phases()) {
        Learner learner = phase.course() == null ? null : learners.get(phase.course());
        Online online = null;
        if (phase.course() != null) {
          String title = library.course(phase.course()).map(c -> c.title()).orElse(phase.title());
          online =
              learner == null
                  ? new Online(
                      phase.course(), title, false, 0, false, null, courseUrl(phase.course()))
                  : new Online(
                      phase.course(),
                      title,
                      true,
                      learner.progress().percent(),
                      learner.progress().completed() || learner.progress().finished(),
                      learner.enrollment().getId().toString(),
                      courseUrl(phase.course()));
        }
        List<Place> places = new ArrayList<>();
        Session next = null;
        boolean done = online != null && online.completed();
        boolean registered = false;
        boolean waitlisted = false;
        boolean attendedAny = false;
        List<Workshop> ofPhase =
            held.values().stream()
                .filter(w -> w.getProgramSlug().equals(program.slug()))
                .filter(w -> w.getPhase() == phase.number())
                .sorted(Comparator.comparing(Workshop::getFirstStart))
                .toList();
        for (Workshop w : ofPhase) {
          Registration r = mine.get(w.getId());
          Set<UUID> attended =
              w.getSessions().stream()
                  .map(WorkshopSession::getId)
                  .filter(attendedSessions::contains)
                  .collect(Collectors.toSet());
          Certificate certificate = certificates.get(w.getId().toString());
          places.add(
              new Place(
                  w.getId().toString(),
                  w.getTitle(),
                  w.getCity(),
                  w.getState(),
                  w.online(),
                  w.getTimeZone(),
                  r.getStatus(),
                  registrations.position(r),
                  w.getSessions().size(),
                  attended.size(),
                  Attendances.hours(w, attended),
                  certificate == null ? null : certificate.getCode(),
                  w.getFirstStart().atZone(w.zone()).toOffsetDateTime(),
                  w.getLastEnd().atZone(w.zone()).toOffsetDateTime(),
                  "/workshops/workshop.xhtml?id=" + w.getId(),
                  "/api/workshops/" + w.getId() + "/calendar.ics"));
          attendedAny |= !attended.isEmpty();
          boolean over = !now.isBefore(w.getLastEnd());
          if (!attended.isEmpty() && (over || attended.size() == w.getSessions().size())) {
            done = true;
          }
          if (r.getStatus() == RegistrationStatus.REGISTERED && !over) {
            registered = true;
            Optional<WorkshopSession> upcoming =
                w.getSessions().stream().filter(s -> s.getEndsAt().isAfter(now)).findFirst();
            if (upcoming.isPresent()
                && (next == null
                    || upcoming.get().getStartsAt().isBefore(next.start().toInstant()))) {
              WorkshopSession s = upcoming.get();
              next =
                  new Session(
                      w.getId().toString(),
                      w.getTitle(),
                      s.getStartsAt().atZone(w.zone()).toOffsetDateTime(),
                      s.getEndsAt().atZone(w.zone()).toOffsetDateTime(),
                      w.getTimeZone(),
                      w.getCity());
            }
          }
          waitlisted |= r.getStatus() == RegistrationStatus.WAITLISTED && !over;
        }
        List<Needed> missing = List.of();
        PhaseState state;
        if (done) {
          state = PhaseState.COMPLETED;
        } else if (registered) {
          state = attendedAny ? PhaseState.IN_PROGRESS : PhaseState.REGISTERED;
        } else if (waitlisted) {
          state = PhaseState.WAITLISTED;
        } else if (online != null && online.enrolled()) {
          state = PhaseState.IN_PROGRESS;
        } else {
          missing =
              // Open as soon as a later workshop could be registered for: a registration for an
              // earlier workshop phase counts whenever it ends (each workshop checks its own
              // dates).
              Prerequisites.missing(program, phase.number(), null, OPEN_HORIZON, standings).stream()
                  .map(
                      m ->
                          new Needed(
                              m.phase(),
                              m.title(),
                              m.course(),
                              m.percentNeeded(),
                              m.percentNow(),
                              m.online()
                                  ? courseUrl(m.course())
                                  : findUrl(program.slug(), m.phase())))
                  .toList();
          state = missing.isEmpty() ? PhaseState.OPEN : PhaseState.NOT_YET_OPEN;
        }
        started |= !places.isEmpty() || (online != null && online.enrolled());
        phases.add(
            new PhaseView(
                phase.number(),
                phase.title(),
                phase.kind().name(),
                state,
                online,
                places,
                next,
                missing,
                phase.kind().name().equals("ONLINE")
                    ? null
                    : findUrl(program.slug(), phase.number())));
      }
      journeys.add(new Journey(program.slug(), program.title(), started, phases));
    }
    return journeys;
  }

  static String courseUrl(String course) {
    return "/learning/course.xhtml?slug=" + URLEncoder.encode(course, StandardCharsets.UTF_8);
  }

  static String findUrl(String program, int phase) {
    return "/workshops/index.xhtml?program="
        + URLEncoder.encode(program, StandardCharsets.UTF_8)
        + "&phase="
        + phase;
  }
}
