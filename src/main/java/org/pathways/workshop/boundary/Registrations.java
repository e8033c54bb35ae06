package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.content.entity.Program;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.learning.boundary.Learning;
import org.pathways.platform.boundary.Mailer;
import org.pathways.platform.control.Texts;
import org.pathways.platform.entity.Message;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.control.PhaseStanding;
import org.pathways.workshop.control.Prerequisites;
import org.pathways.workshop.entity.Attendance;
import org.pathways.workshop.entity.Registration;
import org.pathways.workshop.entity.RegistrationStatus;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopRegistered;

/**
 * Registering, the waitlist and cancelling. Every change locks the workshop's row first, so seats
 * are handed out one at a time in the order teachers arrive, and a freed seat goes to the first on
 * the waitlist in the same transaction.
 */
@ApplicationScoped
public class Registrations {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject Workshops workshops;
  @Inject ContentLibrary library;
  @Inject Learning learning;
  @Inject Accounts accounts;
  @Inject Mailer mailer;
  @Inject WorkshopLinks links;
  @Inject Clock clock;
  @Inject Event<WorkshopRegistered> registered;

  /** The outcome of a registration: the place, and whether this call made it. */
  public record Outcome(Registration registration, boolean created, int position) {}

  /** Why a teacher cannot register yet: the earlier phases they still need. */
  public static class PrerequisitesUnmet extends Refusal {
    private static final long serialVersionUID = 1L;
    private final transient List<Prerequisites.Missing> missing;
    private final String program;

    PrerequisitesUnmet(Message detail, String program, List<Prerequisites.Missing> missing) {
      super(Kind.CONFLICT, detail);
      this.program = program;
      this.missing = List.copyOf(missing);
    }

    public String program() {
      return program;
    }

    public List<Prerequisites.Missing> missing() {
      return missing;
    }
  }

  /**
   * Registers the caller: a seat while there are seats, else the next place on the waitlist. A
   * teacher already registered or waiting keeps their place (created is false).
   */
  @Transactional
  public Outcome register(Caller caller, UUID workshopId) {
    authorization.requireSignedIn(caller);
    Workshop workshop = workshops.locked(workshopId);
    Optional<Registration> existing = registration(workshop.getId(), caller.id());
    if (existing.isPresent() && existing.get().active()) {
      return new Outcome(existing.get(), false, position(existing.get()));
    }
    Instant now = clock.instant();
    Optional<String> closed = workshop.registration().closedAt(now);
    if (closed.isPresent()) {
      DateTimeFormatter format =
          DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM)
              .withLocale(Locale.US)
              .withZone(workshop.zone());
      throw closed.get().equals("NOT_YET")
          ? Refusal.of(Refusal.Kind.CONFLICT, "workshop.refused.notYet")
              .withDetail(
                  "workshop.refused.opensOn", format.format(workshop.getRegistrationOpens()))
          : Refusal.of(Refusal.Kind.CONFLICT, "workshop.refused.closed")
              .withDetail(
                  "workshop.refused.closedOn", format.format(workshop.registration().closes()));
    }
    List<Prerequisites.Missing> missing = missing(caller, workshop);
    if (!missing.isEmpty()) {
      throw new PrerequisitesUnmet(
          Prerequisites.describe(missing), workshop.getProgramSlug(), missing);
    }
    long queueNumber =
        ((Number) em.createNativeQuery("select nextval('workshop_queue')").getSingleResult())
            .longValue();
    Registration registration =
        existing.orElseGet(
            () -> {
              Registration fresh = new Registration(workshopId, caller.id(), queueNumber, now);
              em.persist(fresh);
              return fresh;
            });
    registration.join(workshop, queueNumber, now);
    em.flush();
    if (registration.getStatus() == RegistrationStatus.REGISTERED) {
      registered.fire(new WorkshopRegistered(workshopId, workshop.getTitle(), caller.id(), now));
    }
    return new Outcome(registration, true, position(registration));
  }

  /**
   * Cancels the caller's place. A freed seat goes to the first on the waitlist, who is told by
   * mail. Cancelling twice changes nothing.
   */
  @Transactional
  public void cancel(Caller caller, UUID workshopId) {
    authorization.requireSignedIn(caller);
    Workshop workshop = workshops.locked(workshopId);
    Registration registration =
        registration(workshop.getId(), caller.id())
            .orElseThrow(() -> Refusal.notFound("workshop.refused.notRegistered"));
    if (!registration.active()) {
      return;
    }
    if (!clock.instant().isBefore(workshop.getLastEnd())) {
      throw Refusal.of(Refusal.Kind.CONFLICT, "workshop.refused.over");
    }
    registration.cancel(workshop, clock.instant());
    fillFreedSeats(workshop);
  }

  /** Moves the first of the waitlist into free seats (the workshop row is locked by the caller). */
  void fillFreedSeats(Workshop workshop) {
    int seats = workshop.seatsToFill();
    if (seats == 0) {
      return;
    }
    List<Registration> promoted =
        em.createNamedQuery(Registration.WAITLIST, Registration.class)
            .setParameter("workshop", workshop.getId())
            .setMaxResults(seats)
            .getResultList();
    Instant now = clock.instant();
    Map<UUID, Account> people = new HashMap<>();
    accounts
        .accounts(promoted.stream().map(Registration::getAccountId).toList())
        .forEach(a -> people.put(a.getId(), a));
    for (Registration registration : promoted) {
      registration.promote(workshop, now);
      registered.fire(
          new WorkshopRegistered(
              workshop.getId(), workshop.getTitle(), registration.getAccountId(), now));
      Account teacher = people.get(registration.getAccountId());
      if (teacher != null && !links.usable()) {
        // The seat is theirs all the same; the mail would carry no usable link.
        java.util.logging.Logger.getLogger(Registrations.class.getName())
            .warning("No mail about a promoted seat: the public address is not configured.");
      } else if (teacher != null) {
        mailer.send(
            teacher.getEmail(),
            Texts.in(
                teacher.reader().language(), "workshop.mail.promoted.subject", workshop.getTitle()),
            Texts.in(
                teacher.reader().language(),
                "workshop.mail.promoted.body",
                teacher.getName(),
                workshop.getTitle(),
                links.workshop(workshop.getId())));
      }
    }
  }

  /** The caller's place on a workshop, if they ever registered. */
  public Optional<Registration> registration(UUID workshopId, UUID account) {
    if (account == null) {
      return Optional.empty();
    }
    return em.createNamedQuery(Registration.OF, Registration.class)
        .setParameter("workshop", workshopId)
        .setParameter("account", account)
        .getResultStream()
        .findFirst();
  }

  /** 1 for the first on the waitlist; 0 for anyone not waiting. */
  public int position(Registration registration) {
    if (registration.getStatus() != RegistrationStatus.WAITLISTED) {
      return 0;
    }
    long ahead =
        em.createNamedQuery(Registration.AHEAD, Long.class)
            .setParameter("workshop", registration.getWorkshopId())
            .setParameter("queue", registration.getQueueNumber())
            .getSingleResult();
    return (int) ahead + 1;
  }

  /** The earlier phases the caller has not done, for this workshop. */
  @Transactional
  public List<Prerequisites.Missing> missing(Caller caller, Workshop workshop) {
    Optional<Program> program = library.catalog().program(workshop.getProgramSlug());
    if (program.isEmpty()) {
      return List.of();
    }
    return Prerequisites.missing(
        program.get(),
        workshop.getPhase(),
        workshop.getPrerequisitePercent(),
        workshop.getFirstStart(),
        standings(caller, program.get()));
  }

  /** Where the caller stands in each phase of a program (a few queries, whatever its size). */
  @Transactional
  public Map<Integer, Prerequisites.Standing> standings(Caller caller, Program program) {
    Map<Integer, Integer> percents = new HashMap<>();
    for (Program.Phase phase : program.phases()) {
      if (phase.course() != null) {
        learning
            .learnerIn(caller, phase.course())
            .ifPresent(l -> percents.put(phase.number(), l.progress().percent()));
      }
    }
    Map<UUID, Registration> mine = workshops.registrationsOf(caller);
    Set<UUID> attendedSessions = attendedSessions(caller);
    List<PhaseStanding.Held> held =
        workshops.workshops(mine.keySet()).values().stream()
            .map(w -> held(w, mine.get(w.getId()), attendedSessions))
            .toList();
    return PhaseStanding.standings(program, percents, held);
  }

  /** The sessions the caller attended, of any workshop. */
  Set<UUID> attendedSessions(Caller caller) {
    return em.createNamedQuery(Attendance.OF_ACCOUNT, Attendance.class)
        .setParameter("account", caller.id())
        .getResultStream()
        .map(Attendance::getSessionId)
        .collect(Collectors.toSet());
  }

  /** A workshop the teacher has a place on, as the standing rule reads it. */
  static PhaseStanding.Held held(
      Workshop workshop, Registration registration, Set<UUID> attendedSessions) {
    return new PhaseStanding.Held(
        workshop.getProgramSlug(),
        workshop.getPhase(),
        registration.getStatus(),
        workshop.getLastEnd(),
        workshop.getSessions().size(),
        (int)
            workshop.getSessions().stream()
                .filter(s -> attendedSessions.contains(s.getId()))
                .count());
  }
}
