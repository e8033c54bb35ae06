package org.pathways.cohort.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathways.cohort.entity.Cohort;
import org.pathways.cohort.entity.CohortRequest;
import org.pathways.content.boundary.ContentLibrary;
import org.pathways.district.boundary.Districts;
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
import org.pathways.platform.entity.ReadableCode;
import org.pathways.platform.entity.Refusal;

/** Creating and finding cohorts, for the API and the admin page alike. */
@ApplicationScoped
public class Cohorts {

  /** Invitations to facilitate a cohort carry this scope. */
  public static final String SCOPE = "cohort";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject AccountNames accountNames;
  @Inject ContentLibrary library;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Invitations invitations;
  @Inject Districts districts;

  /**
   * Creates a cohort. Each facilitator named is invited by mail; they facilitate once they accept
   * (with or without an account today).
   */
  @Transactional
  public Cohort create(Caller caller, CohortRequest request) {
    authorization.requireOrganiser(caller, CohortRules.COHORT_CREATE);
    if (library.course(request.course).isEmpty()) {
      throw Refusal.invalid("course", "cohort.course.none", safe(request.course));
    }
    java.util.Optional<org.pathways.district.entity.District> district = district(request);
    Cohort cohort =
        new Cohort(
            request.name.strip(),
            district.map(d -> d.getName()).orElseGet(() -> request.district.strip()),
            request.course,
            request.expiresOn == null
                ? null
                : request.expiresOn.plusDays(1).atStartOfDay().toInstant(ZoneOffset.UTC),
            caller.id(),
            clock.instant());
    district.ifPresent(d -> cohort.belongTo(d.getId(), d.getName()));
    em.persist(cohort);
    invitations.settle(
        caller, target(cohort), Role.FACILITATOR, "facilitators", Set.of(), request.facilitators);
    audit.record(caller.id(), "cohort.created", cohort.getId().toString(), cohort.getName(), null);
    return cohort;
  }

  /** The partner district the request names (400 when unknown), or none with a free-text one. */
  private java.util.Optional<org.pathways.district.entity.District> district(
      CohortRequest request) {
    if (request.districtId == null || request.districtId.isBlank()) {
      if (request.district == null || request.district.isBlank()) {
        throw Refusal.invalid("district", "cohort.district.required");
      }
      return java.util.Optional.empty();
    }
    return java.util.Optional.of(
        districts
            .find(org.pathways.platform.boundary.UuidConverter.parse(request.districtId.strip()))
            .orElseThrow(() -> Refusal.invalid("districtId", "cohort.district.unknown")));
  }

  /**
   * Makes the cohort's facilitators the people these emails name: new ones are invited, those left
   * off lose every right to the cohort at once (the next request, on any instance, reads the list
   * from the database).
   */
  @Transactional
  public Cohort changeFacilitators(Caller caller, UUID id, List<String> emails) {
    Cohort cohort = cohort(caller, id);
    authorization.require(caller, CohortRules.COHORT_MANAGE, cohort);
    InvitationPlan plan =
        invitations.replace(
            caller,
            target(cohort),
            Role.FACILITATOR,
            "emails",
            cohort.getFacilitators(),
            emails,
            "cohort.facilitators-changed");
    cohort.keepFacilitators(plan.keep());
    return cohort;
  }

  /** The addresses invited to facilitate who have not accepted yet. */
  public List<String> invited(Cohort cohort) {
    return invitations.open(target(cohort)).stream().map(Invitation::getEmail).toList();
  }

  /** The open invitations of these cohorts, by cohort (one query). */
  public java.util.Map<UUID, List<String>> invited(java.util.Collection<Cohort> some) {
    return invitations.open(SCOPE, some.stream().map(Cohort::getId).toList());
  }

  /** An accepted invitation to facilitate a cohort makes its account a facilitator there. */
  void invitationAccepted(@Observes InvitationAccepted accepted) {
    if (SCOPE.equals(accepted.target().scope())) {
      find(accepted.target().id()).ifPresent(cohort -> cohort.addFacilitator(accepted.account()));
    }
  }

  /** Losing the FACILITATOR role ends the facilitation of every cohort. */
  void roleWithdrawn(@Observes RoleWithdrawn withdrawn) {
    if (withdrawn.role() == Role.FACILITATOR) {
      em.createNativeQuery("delete from cohort_facilitator where account_id = ?1")
          .setParameter(1, withdrawn.account())
          .executeUpdate();
    }
  }

  private static Invitation.Target target(Cohort cohort) {
    return new Invitation.Target(SCOPE, cohort.getId(), cohort.getName());
  }

  /** A cohort its reader may see (404 otherwise). */
  @Transactional
  public Cohort cohort(Caller caller, UUID id) {
    Cohort cohort = id == null ? null : em.find(Cohort.class, id);
    if (cohort == null) {
      authorization.requireSignedIn(caller);
      throw Refusal.notFound("cohort.not_found");
    }
    authorization.require(caller, CohortRules.COHORT_READ, cohort);
    return cohort;
  }

  /** Every cohort, newest first (program managers and administrators). */
  @Transactional
  public List<Cohort> all(Caller caller) {
    authorization.requireOrganiser(caller, CohortRules.COHORT_READ);
    return em.createNamedQuery(Cohort.ALL, Cohort.class).setMaxResults(500).getResultList();
  }

  /** The cohort whose code this is, whatever its state. */
  public Optional<Cohort> byCode(String typed) {
    String code = ReadableCode.normalize(typed);
    if (code.isEmpty() || code.length() > 20) {
      return Optional.empty();
    }
    return em.createNamedQuery(Cohort.BY_CODE, Cohort.class)
        .setParameter("code", code)
        .getResultStream()
        .findFirst();
  }

  /** The names of these accounts (one statement), for lists of a cohort's teachers. */
  public java.util.Map<UUID, String> names(java.util.Collection<UUID> ids) {
    return accountNames.of(ids).values().stream()
        .collect(
            java.util.stream.Collectors.toMap(AccountNames.Named::id, AccountNames.Named::name));
  }

  /**
   * The cohorts a caller facilitates (one query): facilitating takes both a cohort's list and the
   * FACILITATOR role, so losing either ends it.
   */
  @Transactional
  public Set<UUID> facilitatedBy(Caller caller) {
    Set<UUID> facilitated = new java.util.HashSet<>();
    if (caller.signedIn() && caller.has(Role.FACILITATOR)) {
      for (Object id :
          em.createNativeQuery("select cohort_id from cohort_facilitator where account_id = ?1")
              .setParameter(1, caller.id())
              .getResultList()) {
        facilitated.add((UUID) id);
      }
    }
    return facilitated;
  }

  /**
   * The cohorts a caller supports, newest first: program managers and administrators every cohort
   * (at most 500), district managers their districts', facilitators those they facilitate (two
   * queries for who the caller is, one for the cohorts).
   */
  @Transactional
  public List<Cohort> visibleTo(Caller caller) {
    authorization.requireSignedIn(caller);
    if (authorization.organises(caller)) {
      return em.createNamedQuery(Cohort.ALL, Cohort.class).setMaxResults(500).getResultList();
    }
    Set<UUID> facilitated = facilitatedBy(caller);
    Set<UUID> districtIds = districts.managedBy(caller);
    if (facilitated.isEmpty() && districtIds.isEmpty()) {
      return List.of();
    }
    return em.createQuery(
            "select c from Cohort c where c.id in :ids or c.districtId in :districts"
                + " order by c.createdAt desc",
            Cohort.class)
        .setParameter("ids", facilitated.isEmpty() ? Set.of(NOBODY) : facilitated)
        .setParameter(
            "districts",
            (districtIds.isEmpty() ? Set.of(NOBODY) : districtIds)
                .stream().map(UUID::toString).toList())
        .setMaxResults(500)
        .getResultList();
  }

  /** An id no record has, for an IN list that would otherwise be empty. */
  private static final UUID NOBODY = new UUID(0, 0);

  /** These cohorts, in no order (one query). */
  @Transactional
  public List<Cohort> some(java.util.Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select c from Cohort c where c.id in :ids", Cohort.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  public Optional<Cohort> find(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(Cohort.class, id));
  }

  private static String safe(String text) {
    return text == null ? "" : text.replaceAll("[^\\p{L}\\p{N}@._+ -]", "").strip();
  }
}
