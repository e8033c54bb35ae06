package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
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
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Program;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.Certificates;
import org.pathways.learning.boundary.Learning;
import org.pathways.learning.boundary.LearningLinks;
import org.pathways.learning.entity.Certificate;
import org.pathways.learning.entity.Learner;
import org.pathways.workshop.control.PhaseStanding;
import org.pathways.workshop.control.Prerequisites;
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

  @Inject Authorization authorization;
  @Inject ContentLibrary library;
  @Inject Learning learning;
  @Inject Certificates certificates;
  @Inject Workshops workshops;
  @Inject Registrations registrations;
  @Inject Clock clock;

  public record Journey(String program, String title, boolean started, List<PhaseView> phases) {}

  public record PhaseView(
      int number,
      String title,
      String kind,
      PhaseStanding.State state,
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

  @Transactional
  public List<Journey> journeys(Caller caller) {
    authorization.requireSignedIn(caller);
    Instant now = clock.instant();
    Map<UUID, Registration> mine = workshops.registrationsOf(caller);
    Map<UUID, Workshop> held = workshops.workshops(mine.keySet());
    Set<UUID> attendedSessions = registrations.attendedSessions(caller);
    List<PhaseStanding.Held> places =
        held.values().stream()
            .map(w -> Registrations.held(w, mine.get(w.getId()), attendedSessions))
            .toList();
    Map<UUID, Certificate> certificates = this.certificates.ofWorkshops(caller.id());
    Map<String, Learner> learners = new HashMap<>();
    learning.enrollments(caller).forEach(l -> learners.put(l.enrollment().getCourseSlug(), l));

    List<Journey> journeys = new ArrayList<>();
    for (Program program : library.catalog().programs()) {
      Map<Integer, Integer> percents = new HashMap<>();
      for (Program.Phase phase : program.phases()) {
        Learner learner = phase.course() == null ? null : learners.get(phase.course());
        if (learner != null) {
          percents.put(phase.number(), learner.progress().percent());
        }
      }
      Map<Integer, Prerequisites.Standing> standings =
          PhaseStanding.standings(program, percents, places);
      List<PhaseView> phases = new ArrayList<>();
      boolean started = false;
      for (Program.Phase phase : program.phases()) {
        Online online = online(phase, learners);
        List<Workshop> ofPhase =
            held.values().stream()
                .filter(w -> w.getProgramSlug().equals(program.slug()))
                .filter(w -> w.getPhase() == phase.number())
                .sorted(Comparator.comparing(Workshop::getFirstStart))
                .toList();
        List<Place> placesOfPhase = new ArrayList<>();
        for (Workshop w : ofPhase) {
          placesOfPhase.add(
              place(w, mine.get(w.getId()), attendedSessions, certificates.get(w.getId())));
        }
        PhaseStanding.Phase standing =
            PhaseStanding.of(
                program,
                phase.number(),
                online == null
                    ? null
                    : new PhaseStanding.Course(online.enrolled(), online.completed()),
                places,
                standings,
                now);
        List<Needed> missing =
            standing.missing().stream()
                .map(
                    m ->
                        new Needed(
                            m.phase(),
                            m.title(),
                            m.course(),
                            m.percentNeeded(),
                            m.percentNow(),
                            href(program.slug(), m)))
                .toList();
        started |= !placesOfPhase.isEmpty() || (online != null && online.enrolled());
        phases.add(
            new PhaseView(
                phase.number(),
                phase.title(),
                phase.kind().name(),
                standing.state(),
                online,
                placesOfPhase,
                nextSession(ofPhase, mine, now),
                missing,
                phase.kind().name().equals("ONLINE")
                    ? null
                    : findUrl(program.slug(), phase.number())));
      }
      journeys.add(new Journey(program.slug(), program.title(), started, phases));
    }
    return journeys;
  }

  private Online online(Program.Phase phase, Map<String, Learner> learners) {
    if (phase.course() == null) {
      return null;
    }
    Learner learner = learners.get(phase.course());
    String title = library.course(phase.course()).map(c -> c.title()).orElse(phase.title());
    return learner == null
        ? new Online(phase.course(), title, false, 0, false, null, courseUrl(phase.course()))
        : new Online(
            phase.course(),
            title,
            true,
            learner.progress().percent(),
            learner.progress().completed() || learner.progress().finished(),
            learner.enrollment().getId().toString(),
            courseUrl(phase.course()));
  }

  private Place place(
      Workshop w, Registration r, Set<UUID> attendedSessions, Certificate certificate) {
    Set<UUID> attended =
        w.getSessions().stream()
            .map(WorkshopSession::getId)
            .filter(attendedSessions::contains)
            .collect(Collectors.toSet());
    return new Place(
        w.getId().toString(),
        w.getTitle(),
        w.getVenue() == null ? null : w.getVenue().getCity(),
        w.getVenue() == null ? null : w.getVenue().getState(),
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
        WorkshopLinks.workshopPath(w.getId()),
        WorkshopLinks.calendarPath(w.getId()));
  }

  /** The soonest session still to come of the workshops of a phase the teacher holds a seat on. */
  private static Session nextSession(
      List<Workshop> ofPhase, Map<UUID, Registration> mine, Instant now) {
    Session next = null;
    for (Workshop w : ofPhase) {
      if (mine.get(w.getId()).getStatus() != RegistrationStatus.REGISTERED
          || !now.isBefore(w.getLastEnd())) {
        continue;
      }
      Optional<WorkshopSession> upcoming =
          w.getSessions().stream().filter(s -> s.getEndsAt().isAfter(now)).findFirst();
      if (upcoming.isPresent()
          && (next == null || upcoming.get().getStartsAt().isBefore(next.start().toInstant()))) {
        WorkshopSession s = upcoming.get();
        next =
            new Session(
                w.getId().toString(),
                w.getTitle(),
                s.getStartsAt().atZone(w.zone()).toOffsetDateTime(),
                s.getEndsAt().atZone(w.zone()).toOffsetDateTime(),
                w.getTimeZone(),
                w.getVenue() == null ? null : w.getVenue().getCity());
      }
    }
    return next;
  }

  /** Where a teacher goes for a phase they still need: its course, or the finder for it. */
  static String href(String program, Prerequisites.Missing missing) {
    return missing.online() ? courseUrl(missing.course()) : findUrl(program, missing.phase());
  }

  static String courseUrl(String course) {
    return LearningLinks.course(course);
  }

  static String findUrl(String program, int phase) {
    return WorkshopLinks.findPath(program, phase);
  }
}
