package org.pathways.district.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.pathways.district.entity.District;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.boundary.Invitations;
import org.pathways.identity.control.InvitationPlan;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Invitation;
import org.pathways.identity.entity.InvitationAccepted;
import org.pathways.identity.entity.Role;
import org.pathways.identity.entity.RoleWithdrawn;
import org.pathways.platform.entity.Refusal;

/** Finding districts and who manages them, for the features whose records belong to one. */
@ApplicationScoped
public class Districts {

  /** Invitations to manage a district carry this scope. */
  public static final String SCOPE = "district";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject Invitations invitations;

  /**
   * The districts a caller manages (one query): managing takes both a district's list and the
   * DISTRICT_MANAGER role, so losing either ends it. Read from the database on every call.
   */
  @Transactional
  public Set<UUID> managedBy(Caller caller) {
    Set<UUID> managed = new HashSet<>();
    if (caller.signedIn() && caller.has(Role.DISTRICT_MANAGER)) {
      for (Object id :
          em.createNativeQuery("select district_id from district_manager where account_id = ?1")
              .setParameter(1, caller.id())
              .getResultList()) {
        managed.add((UUID) id);
      }
    }
    return managed;
  }

  /** Whether the caller manages this district (false for no district). */
  public boolean manages(Caller caller, UUID district) {
    return district != null && managedBy(caller).contains(district);
  }

  public Optional<District> find(UUID id) {
    return Optional.ofNullable(id == null ? null : em.find(District.class, id));
  }

  /** These districts, in no order (one query). */
  @Transactional
  public List<District> some(Collection<UUID> ids) {
    if (ids.isEmpty()) {
      return List.of();
    }
    return em.createQuery("select d from District d where d.id in :ids", District.class)
        .setParameter("ids", ids)
        .getResultList();
  }

  /**
   * The districts a caller may see, by state and name: program staff every district (at most 500),
   * district managers theirs, anyone else none (two queries at most).
   */
  @Transactional
  public List<District> visibleTo(Caller caller) {
    authorization.requireSignedIn(caller);
    if (authorization.organises(caller)) {
      return em.createNamedQuery(District.ALL, District.class).setMaxResults(500).getResultList();
    }
    return some(managedBy(caller)).stream()
        .sorted(java.util.Comparator.comparing(District::getState).thenComparing(District::getName))
        .toList();
  }

  /** A district its reader may see (404 otherwise, unknown or not theirs alike). */
  @Transactional
  public District district(Caller caller, UUID id) {
    District district = id == null ? null : em.find(District.class, id);
    if (district == null) {
      authorization.requireSignedIn(caller);
      throw Refusal.notFound("district.not_found");
    }
    authorization.require(caller, DistrictRules.DISTRICT_READ, district);
    return district;
  }

  /**
   * Makes the district's managers the people these emails name, as a cohort's facilitators are: new
   * addresses are invited by mail, those left off lose the district on their next request.
   */
  @Transactional
  public District changeManagers(Caller caller, UUID id, List<String> emails) {
    District district = district(caller, id);
    authorization.require(caller, DistrictRules.DISTRICT_MANAGE, district);
    InvitationPlan plan =
        invitations.replace(
            caller,
            target(district),
            Role.DISTRICT_MANAGER,
            "emails",
            district.getManagers(),
            emails,
            "district.managers-changed");
    district.keepManagers(plan.keep());
    return district;
  }

  /** The addresses invited to manage the district who have not accepted yet. */
  public List<String> invited(District district) {
    return invitations.open(target(district)).stream().map(Invitation::getEmail).toList();
  }

  /** The open invitations of these districts, by district (one query). */
  public Map<UUID, List<String>> invited(Collection<District> some) {
    return invitations.open(SCOPE, some.stream().map(District::getId).toList());
  }

  /** An accepted invitation to manage a district makes its account a manager there. */
  void invitationAccepted(@Observes InvitationAccepted accepted) {
    if (SCOPE.equals(accepted.target().scope())) {
      find(accepted.target().id()).ifPresent(d -> d.addManager(accepted.account()));
    }
  }

  /** Losing the DISTRICT_MANAGER role ends the management of every district. */
  void roleWithdrawn(@Observes RoleWithdrawn withdrawn) {
    if (withdrawn.role() == Role.DISTRICT_MANAGER) {
      em.createNativeQuery("delete from district_manager where account_id = ?1")
          .setParameter(1, withdrawn.account())
          .executeUpdate();
    }
  }

  private static Invitation.Target target(District district) {
    return new Invitation.Target(SCOPE, district.getId(), district.getName());
  }
}
