package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.TypedQuery;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.AuditTrail;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.Invitations;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Invitation;
import org.pathways.identity.entity.InvitationAccepted;
import org.pathways.identity.entity.Role;
import org.pathways.identity.entity.RoleWithdrawn;
import org.pathways.platform.entity.Refusal;
import org.pathways.workshop.control.Distance;
import org.pathways.workshop.control.Places;
import org.pathways.workshop.entity.Registration;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopPlan;

/** Organising workshops and finding them, for the API and the pages alike. */
@ApplicationScoped
public class Workshops {

  /** Invitations to facilitate a workshop carry this scope. */
  public static final String SCOPE = "workshop";

  /** Results per page of a search. */
  public static final int PAGE_SIZE = 20;

  /** The most workshops a search weighs before it sorts by distance. */
  static final int CANDIDATES = 5_000;

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject Accounts accounts;
  @Inject Invitations invitations;
  @Inject AuditTrail audit;
  @Inject Registrations registrations;
  @Inject Places places;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "pathways.demo.workshops", defaultValue = "false")
  boolean demoShown;

  /** What a teacher looks for. {@code near} is null when they gave no place. */
  public record Search(
      Distance.Point near,
      double radiusKm,
      Instant from,
      Instant to,
      String program,
      Integer phase,
      int page) {}

  /** One workshop found, with its distance from the place searched (null without a place). */
  public record Found(Workshop workshop, Double distanceKm) {}

  /** A page of results and how many there are in all. */
  public record Results(List<Found> items, int page, int pageSize, int total) {}

  @Transactional
  public Workshop create(Caller caller, WorkshopPlan plan) {
    authorization.requireRole(
        caller, WorkshopRules.WORKSHOP_ORGANISE, Role.PROGRAM_MANAGER, Role.ADMIN);
    Workshop workshop = new Workshop(plan, caller.id(), false, clock.instant());
    em.persist(workshop);
    invitations.settle(
        caller, target(workshop), Role.FACILITATOR, "facilitators", Set.of(), plan.facilitators());
    audit.record(caller.id(), "workshop.created", workshop.getId().toString(), plan.title(), null);
    return workshop;
  }

  /**
   * Changes a workshop. Capacity may grow (the waitlist moves up at once) but not drop below the
   * teachers already registered.
   */
  @Transactional
  public Workshop change(Caller caller, UUID id, WorkshopPlan plan) {
    authorization.requireRole(
        caller, WorkshopRules.WORKSHOP_ORGANISE, Role.PROGRAM_MANAGER, Role.ADMIN);
    Workshop workshop = locked(id);
    if (plan.capacity() < workshop.getRegistered()) {
      throw Refusal.invalid(
          "capacity",
          workshop.getRegistered()
              + " teachers are registered: capacity cannot be less than that.");
    }
    workshop.change(plan, clock.instant());
    InvitationPlan invited =
        invitations.settle(
            caller,
            target(workshop),
            Role.FACILITATOR,
            "facilitators",
            workshop.getFacilitators(),
            plan.facilitators());
    workshop.keepFacilitators(invited.keep());
    registrations.fillFreedSeats(workshop);
    audit.record(caller.id(), "workshop.changed", workshop.getId().toString(), plan.title(), null);
    return workshop;
  }

  /** The facilitators' emails, then the addresses invited who have not accepted yet. */
  public List<String> facilitatorEmails(Workshop workshop) {
    List<String> emails = new java.util.ArrayList<>();
    accounts.accounts(workshop.getFacilitators()).forEach(a -> emails.add(a.getEmail()));
    java.util.Collections.sort(emails);
    invitations.open(target(workshop)).forEach(i -> emails.add(i.getEmail()));
    return emails;
  }

  /** An accepted invitation to facilitate a workshop makes its account a facilitator there. */
  void invitationAccepted(@Observes InvitationAccepted accepted) {
    if (SCOPE.equals(accepted.target().scope())) {
      find(accepted.target().id())
          .ifPresent(workshop -> workshop.addFacilitator(accepted.account()));
    }
  }

  /** Losing the FACILITATOR role ends the facilitation of every workshop. */
  void roleWithdrawn(@Observes RoleWithdrawn withdrawn) {
    if (withdrawn.role() == Role.FACILITATOR) {
      em.createNativeQuery("delete from workshop_facilitator where account_id = ?1")
          .setParameter(1, withdrawn.account())
          .executeUpdate();
    }
  }

  private static Invitation.Target target(Workshop workshop) {
    return new Invitation.Target(SCOPE, workshop.getId(), workshop.getTitle());
  }

  /** A workshop anyone may read (404 when there is none). */
  @Transactional
  public Workshop workshop(UUID id) {
    Workshop workshop = id == null ? null : em.find(Workshop.class, id);
    if (workshop == null || (workshop.isDemo() && !demoShown)) {
      throw Refusal.notFound("There is no such workshop.");
    }
    return workshop;
  }

  public Optional<Workshop> find(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(Workshop.class, id));
  }

  /** The workshop row, locked until the transaction ends: registrations change one at a time. */
  Workshop locked(UUID id) {
    Workshop workshop =
        id == null ? null : em.find(Workshop.class, id, LockModeType.PESSIMISTIC_WRITE);
    if (workshop == null || (workshop.isDemo() && !demoShown)) {
      throw Refusal.notFound("There is no such workshop.");
    }
    return workshop;
  }

  /**
   * Workshops that have not ended, filtered, sorted by distance from the place searched (then by
   * date), or by date without a place. Workshops held only online have no distance: they come after
   * the located ones, as anyone can attend them.
   */
  @Transactional
  public Results search(Search search) {
    StringBuilder jpql =
        new StringBuilder(
            "select w.id, w.lat, w.lon, w.firstStart from Workshop w where w.lastEnd >= :from");
    Distance.Box box =
        search.near() == null ? null : Distance.around(search.near(), search.radiusKm());
    if (search.to() != null) {
      jpql.append(" and w.firstStart < :to");
    }
    if (search.program() != null) {
      jpql.append(" and w.programSlug = :program");
    }
    if (search.phase() != null) {
      jpql.append(" and w.phase = :phase");
    }
    if (!demoShown) {
      jpql.append(" and w.demo = false");
    }
    if (box != null) {
      jpql.append(
          " and ((w.lat between :minLat and :maxLat and w.lon between :minLon and :maxLon)"
              + " or w.lat is null)");
    }
    jpql.append(" order by w.firstStart, w.id");
    TypedQuery<Object[]> query =
        em.createQuery(jpql.toString(), Object[].class)
            .setParameter("from", search.from() == null ? clock.instant() : search.from())
            .setMaxResults(CANDIDATES);
    if (search.to() != null) {
      query.setParameter("to", search.to());
    }
    if (search.program() != null) {
      query.setParameter("program", search.program());
    }
    if (search.phase() != null) {
      query.setParameter("phase", search.phase());
    }
    if (box != null) {
      query
          .setParameter("minLat", box.minLat())
          .setParameter("maxLat", box.maxLat())
          .setParameter("minLon", box.minLon())
          .setParameter("maxLon", box.maxLon());
    }
    // Weigh the candidates on a few columns, then load only the page shown.
    record Candidate(UUID id, Double distanceKm, Instant start) {}
    List<Candidate> found = new ArrayList<>();
    for (Object[] row : query.getResultList()) {
      UUID id = (UUID) row[0];
      Instant start = (Instant) row[3];
      if (search.near() == null || row[1] == null) {
        found.add(new Candidate(id, null, start));
      } else {
        double km =
            Distance.km(
                search.near(),
                new Distance.Point(
                    ((Number) row[1]).doubleValue(), ((Number) row[2]).doubleValue()));
        if (km <= search.radiusKm()) {
          found.add(new Candidate(id, Math.round(km * 10) / 10.0, start));
        }
      }
    }
    if (search.near() != null) {
      found.sort(
          Comparator.comparing(
                  (Candidate c) -> c.distanceKm() == null ? Double.MAX_VALUE : c.distanceKm())
              .thenComparing(Candidate::start));
    }
    int page = Math.max(1, search.page());
    int fromIndex = Math.min(found.size(), (page - 1) * PAGE_SIZE);
    List<Candidate> shown = found.subList(fromIndex, Math.min(found.size(), fromIndex + PAGE_SIZE));
    Map<UUID, Workshop> loaded = workshops(shown.stream().map(Candidate::id).toList());
    List<Found> items =
        shown.stream()
            .filter(c -> loaded.containsKey(c.id()))
            .map(c -> new Found(loaded.get(c.id()), c.distanceKm()))
            .toList();
    return new Results(items, page, PAGE_SIZE, found.size());
  }

  /**
   * Where a typed place is: a ZIP code, "lat,lon", or a city ("Denver, CO" or "Denver") where
   * workshops are held, at the centre of their venues.
   */
  @Transactional
  public Optional<Places.Place> locate(String typed) {
    Optional<Places.Place> place = places.find(typed);
    if (place.isPresent() || typed == null || typed.isBlank() || typed.length() > 120) {
      return place;
    }
    String[] cityState = Places.cityAndState(typed);
    if (cityState[0].isEmpty()) {
      return Optional.empty();
    }
    List<Object[]> rows =
        em.createNativeQuery(
                "select min(city), state, avg(lat), avg(lon), count(*) from workshop"
                    + " where lat is not null and lower(regexp_replace(city, '[^A-Za-z0-9]+', ' ',"
                    + " 'g')) = ?1 and (cast(?2 as varchar) is null or state = ?2)"
                    + (demoShown ? "" : " and demo = false")
                    + " group by state order by count(*) desc limit 1")
            .setParameter(1, cityState[0])
            .setParameter(2, cityState[1])
            .getResultList();
    if (rows.isEmpty()) {
      return Optional.empty();
    }
    Object[] row = rows.get(0);
    return Optional.of(
        new Places.Place(
            null,
            (String) row[0],
            (String) row[1],
            new Distance.Point(((Number) row[2]).doubleValue(), ((Number) row[3]).doubleValue())));
  }

  /** The nearest upcoming workshops of a phase with seats or a waitlist (for a module's card). */
  @Transactional
  public List<Found> nearest(String program, int phase, Distance.Point near, int limit) {
    Results results =
        search(new Search(near, near == null ? 0 : 800, clock.instant(), null, program, phase, 1));
    return results.items().stream().limit(limit).toList();
  }

  /** The caller's registrations (not cancelled) by workshop. */
  @Transactional
  public Map<UUID, Registration> registrationsOf(Caller caller) {
    if (!caller.signedIn()) {
      return Map.of();
    }
    return em.createNamedQuery(Registration.OF_ACCOUNT, Registration.class)
        .setParameter("account", caller.id())
        .getResultStream()
        .collect(Collectors.toMap(Registration::getWorkshopId, Function.identity()));
  }

  /** Workshops by id, in one query. */
  public Map<UUID, Workshop> workshops(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return Map.of();
    }
    return em.createQuery(
            "select distinct w from Workshop w left join fetch w.sessions where w.id in :ids",
            Workshop.class)
        .setParameter("ids", ids)
        .getResultStream()
        .collect(Collectors.toMap(Workshop::getId, Function.identity()));
  }

  /** Every workshop for the organisers' list, soonest first. */
  @Transactional
  public List<Workshop> organised(Caller caller, boolean includePast) {
    authorization.requireRole(
        caller, WorkshopRules.WORKSHOP_ORGANISE, Role.PROGRAM_MANAGER, Role.ADMIN);
    return em.createQuery(
            "select w from Workshop w where w.lastEnd >= :from order by w.firstStart, w.id",
            Workshop.class)
        .setParameter("from", includePast ? Instant.EPOCH : clock.instant())
        .setMaxResults(500)
        .getResultList();
  }

  /** Workshops the caller facilitates, soonest first. */
  @Transactional
  public List<Workshop> facilitated(Caller caller) {
    if (!caller.signedIn()) {
      return List.of();
    }
    return em.createQuery(
            "select w from Workshop w where :me member of w.facilitators"
                + " and w.lastEnd >= :from order by w.firstStart",
            Workshop.class)
        .setParameter("me", caller.id())
        .setParameter("from", clock.instant().minus(java.time.Duration.ofDays(2)))
        .setMaxResults(200)
        .getResultList();
  }

  public boolean demoShown() {
    return demoShown;
  }
}
