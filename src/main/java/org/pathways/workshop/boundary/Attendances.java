package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathways.identity.boundary.AccountNames;
import org.pathways.identity.boundary.AuditTrail;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.Certificates;
import org.pathways.learning.entity.Certificate;
import org.pathways.platform.control.Limiter;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.control.AttendanceCodeGuesses;
import org.pathways.workshop.control.PdHours;
import org.pathways.workshop.entity.Attendance;
import org.pathways.workshop.entity.Registration;
import org.pathways.workshop.entity.RegistrationStatus;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopAttended;
import org.pathways.workshop.entity.WorkshopSession;

/**
 * Attendance: a registered teacher checks in with a session's code while check-in is open (from a
 * day before the session to a day after; outside it no code is compared), with at most 10 wrong
 * codes an hour per teacher and workshop, or a facilitator marks them. Every change recomputes the
 * teacher's PD hours for the workshop and their workshop certificate.
 */
@ApplicationScoped
public class Attendances {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject Workshops workshops;
  @Inject Registrations registrations;
  @Inject AccountNames names;
  @Inject Certificates certificates;
  @Inject AuditTrail audit;
  @Inject AttendanceCodeGuesses guesses;
  @Inject Clock clock;
  @Inject Event<WorkshopAttended> attended;

  /** A check-in: the session, and whether this call recorded it. */
  public record CheckIn(Attendance attendance, WorkshopSession session, boolean created) {}

  /** One teacher of a roster, with the sessions they attended. */
  public record RosterLine(
      Registration registration,
      AccountNames.Named teacher,
      Set<UUID> attended,
      BigDecimal hours) {}

  /** Checks the caller in to the session whose code they typed. */
  @Transactional
  public CheckIn checkIn(Caller caller, UUID workshopId, String code) {
    authorization.requireSignedIn(caller);
    Workshop workshop = workshops.workshop(workshopId);
    Registration registration =
        registrations
            .registration(workshop.getId(), caller.id())
            .filter(r -> r.getStatus() == RegistrationStatus.REGISTERED)
            .orElseThrow(
                () -> Refusal.of(Refusal.Kind.UNPROCESSABLE, "workshop.checkIn.notRegistered"));
    // The window first: outside it every code gets the same answer, so none can be recognised.
    Instant now = clock.instant();
    List<WorkshopSession> open =
        workshop.getSessions().stream().filter(s -> s.checkInOpenAt(now)).toList();
    if (open.isEmpty()) {
      throw Refusal.of(Refusal.Kind.UNPROCESSABLE, "workshop.checkIn.notOpen");
    }
    Optional<Duration> wait = guesses.take(caller.id(), workshop.getId());
    if (wait.isPresent()) {
      throw Refusal.tooMany(wait.get(), "workshop.checkIn.tooMany", Limiter.minutes(wait.get()));
    }
    WorkshopSession session =
        open.stream()
            .filter(s -> s.hasCode(code))
            .findFirst()
            .orElseThrow(
                () -> Refusal.of(Refusal.Kind.UNPROCESSABLE, "workshop.checkIn.wrongCode"));
    guesses.right(caller.id(), workshop.getId());
    Attendance existing =
        em.find(Attendance.class, new Attendance.Key(session.getId(), registration.getAccountId()));
    if (existing != null) {
      return new CheckIn(existing, session, false);
    }
    Attendance attendance =
        new Attendance(session.getId(), caller.id(), Attendance.Method.CODE, null, now);
    em.persist(attendance);
    em.flush();
    recompute(workshop, caller.id());
    attended(workshop, session, caller.id(), now);
    return new CheckIn(attendance, session, true);
  }

  /** A facilitator or organiser marks a teacher present or absent at a session. */
  @Transactional
  public void mark(Caller caller, UUID workshopId, UUID sessionId, UUID teacher, boolean present) {
    Workshop workshop = workshops.workshop(workshopId);
    authorization.require(caller, WorkshopRules.WORKSHOP_ROSTER, workshop);
    WorkshopSession session =
        workshop
            .session(sessionId)
            .orElseThrow(() -> Refusal.notFound("workshop.refused.noSession"));
    Registration registration =
        registrations
            .registration(workshop.getId(), teacher)
            .filter(Registration::active)
            .orElseThrow(() -> Refusal.notFound("workshop.refused.teacherNotRegistered"));
    Attendance existing =
        em.find(Attendance.class, new Attendance.Key(session.getId(), registration.getAccountId()));
    if (present && existing == null) {
      Instant now = clock.instant();
      em.persist(
          new Attendance(
              session.getId(), teacher, Attendance.Method.FACILITATOR, caller.id(), now));
      attended(workshop, session, teacher, now);
    } else if (!present && existing != null) {
      em.remove(existing);
    } else {
      return;
    }
    em.flush();
    recompute(workshop, teacher);
    audit.record(
        caller.id(),
        present ? "workshop.attendance.marked" : "workshop.attendance.unmarked",
        session.getId().toString(),
        teacher.toString(),
        null);
  }

  /** The teachers of a workshop with their attendance (facilitators and organisers). */
  @Transactional
  public List<RosterLine> roster(Caller caller, UUID workshopId) {
    Workshop workshop = workshops.workshop(workshopId);
    authorization.require(caller, WorkshopRules.WORKSHOP_ROSTER, workshop);
    List<Registration> all =
        em.createNamedQuery(Registration.OF_WORKSHOP, Registration.class)
            .setParameter("workshop", workshop.getId())
            .getResultList();
    // One statement for the names, however many teachers (entities would read roles per row).
    Map<UUID, AccountNames.Named> people =
        names.of(all.stream().map(Registration::getAccountId).toList());
    Map<UUID, Set<UUID>> attended = attendance(workshop);
    return all.stream()
        .filter(r -> people.containsKey(r.getAccountId()))
        .map(
            r -> {
              Set<UUID> sessions = attended.getOrDefault(r.getAccountId(), Set.of());
              return new RosterLine(
                  r, people.get(r.getAccountId()), sessions, hours(workshop, sessions));
            })
        .toList();
  }

  /** The sessions of a workshop the caller attended. */
  @Transactional
  public Set<UUID> attendedBy(Caller caller, Workshop workshop) {
    if (!caller.signedIn()) {
      return Set.of();
    }
    return attendance(workshop).getOrDefault(caller.id(), Set.of());
  }

  /** The caller's certificate for a workshop, once they attended a session. */
  @Transactional
  public Optional<Certificate> certificate(Caller caller, UUID workshopId) {
    authorization.requireSignedIn(caller);
    Workshop workshop = workshops.workshop(workshopId);
    return certificates.ofWorkshop(workshop.getId(), caller.id());
  }

  /** Every session attended, by teacher (one query). */
  Map<UUID, Set<UUID>> attendance(Workshop workshop) {
    List<UUID> sessions = workshop.getSessions().stream().map(WorkshopSession::getId).toList();
    if (sessions.isEmpty()) {
      return Map.of();
    }
    return em.createNamedQuery(Attendance.OF_SESSIONS, Attendance.class)
        .setParameter("sessions", sessions)
        .getResultStream()
        .collect(
            Collectors.groupingBy(
                Attendance::getAccountId,
                Collectors.mapping(Attendance::getSessionId, Collectors.toSet())));
  }

  static BigDecimal hours(Workshop workshop, Set<UUID> attended) {
    List<Duration> lengths =
        workshop.getSessions().stream()
            .filter(s -> attended.contains(s.getId()))
            .map(WorkshopSession::length)
            .toList();
    return PdHours.earned(workshop.getKind(), lengths);
  }

  /** The teacher's hours and certificate after their attendance changed. */
  private void attended(Workshop workshop, WorkshopSession session, UUID teacher, Instant at) {
    attended.fire(
        new WorkshopAttended(
            workshop.getId(),
            workshop.getTitle(),
            session.getId(),
            session.getStartsAt(),
            teacher,
            at));
  }

  private void recompute(Workshop workshop, UUID teacher) {
    Set<UUID> attended = attendance(workshop).getOrDefault(teacher, Set.of());
    certificates.attendanceChanged(
        workshop.getId(),
        workshop.getTitle(),
        teacher,
        hours(workshop, attended),
        !attended.isEmpty(),
        clock.instant());
  }
}
