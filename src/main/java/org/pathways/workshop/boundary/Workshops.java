package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.boundary.AccountNames;
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
import org.pathways.workshop.control.Places;
import org.pathways.workshop.control.WorkshopDistricts;
import org.pathways.workshop.entity.Registration;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopPlan;

/** Organising workshops and finding them, for the API and the pages alike. */
@ApplicationScoped
public class Workshops {

  /** Invitations to facilitate a workshop carry this scope. */
  public static final String SCOPE = "workshop";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject AccountNames names;
  @Inject Invitations invitations;
  @Inject AuditTrail audit;
  @Inject Registrations registrations;
  @Inject Places places;
  @Inject Clock clock;
  @Inject org.pathways.district.boundary.Districts districts;
  @Inject WorkshopOrganisers organisers;

  @Inject
  @ConfigProperty(name = "pathways.demo.workshops", defaultValue = "false")
  boolean demoShown;

  @Transactional
  public Workshop create(Caller caller, WorkshopPlan plan) {
    return create(caller, plan, null);
  }

  /**
   * Creates a workshop, for a partner district when {@code districtId} names one: program staff in
   * any district or none, a district manager only in one they manage (required of them).
   */
  @Transactional
  public Workshop create(Caller caller, WorkshopPlan plan, String districtId) {
    WorkshopDistricts mine = organisers.requireOrganisesAny(caller);
    Workshop workshop = new Workshop(plan, caller.id(), false, clock.instant());
    organisers.placeIn(workshop, districtId == null ? "" : districtId, mine);
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
    return change(caller, id, plan, null);
  }

  /**
   * Changes a workshop its caller organises (403 otherwise: workshops are public); {@code
   * districtId} moves it to a partner district, an empty one to none, and none (null) leaves it
   * where it is. A district manager moves it only among the districts they manage.
   */
  @Transactional
  public Workshop change(Caller caller, UUID id, WorkshopPlan plan, String districtId) {
    WorkshopDistricts mine = organisers.requireOrganisesAny(caller);
    Workshop workshop = locked(id);
    authorization.require(caller, WorkshopRules.WORKSHOP_MANAGE, workshop);
    organisers.placeIn(workshop, districtId, mine);
    if (plan.capacity() < workshop.getRegistered()) {
      throw Refusal.invalid(
          "capacity",
          "workshop.refused.capacityBelowRegistered",
          String.valueOf(workshop.getRegistered()));
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
    names.of(workshop.getFacilitators()).values().forEach(a -> emails.add(a.email()));
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
      throw Refusal.notFound("workshop.refused.noWorkshop");
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
      throw Refusal.notFound("workshop.refused.noWorkshop");
    }
    return workshop;
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

  /**
   * The workshops on the organisers' list, soonest first: staff every workshop, a district manager
   * their districts' (one query for the districts, one for the list; at most 500).
   */
  @Transactional
  public List<Workshop> organised(Caller caller, boolean includePast) {
    Instant from = includePast ? Instant.EPOCH : clock.instant();
    if (authorization.organises(caller)) {
      return em.createQuery(
              "select w from Workshop w where w.lastEnd >= :from order by w.firstStart, w.id",
              Workshop.class)
          .setParameter("from", from)
          .setMaxResults(500)
          .getResultList();
    }
    if (!organisers.seesOrganisersList(caller)) {
      authorization.requireOrganiser(caller, WorkshopRules.WORKSHOP_ORGANISE);
    }
    Set<UUID> managed = districts.managedBy(caller);
    if (managed.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select w from Workshop w where w.districtId in :districts and w.lastEnd >= :from"
                + " order by w.firstStart, w.id",
            Workshop.class)
        .setParameter("districts", managed.stream().map(UUID::toString).toList())
        .setParameter("from", from)
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
