package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.logging.Logger;
import org.pathways.identity.control.CallerCache;
import org.pathways.identity.control.LastAdministrator;
import org.pathways.identity.control.Passwords;
import org.pathways.identity.control.RoleChange;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Role;
import org.pathways.identity.entity.RoleWithdrawn;
import org.pathways.platform.control.LogText;
import org.pathways.platform.entity.Refusal;

/**
 * Who holds which role: assignments by administrators (audited, never leaving the platform without
 * one), roles granted by an accepted invitation, and the first administrator from configuration.
 */
@ApplicationScoped
public class AccountRoles {

  private static final Logger LOG = Logger.getLogger(AccountRoles.class.getName());

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Accounts accounts;
  @Inject CallerCache callers;
  @Inject Passwords passwords;
  @Inject AuditTrail audit;
  @Inject Clock clock;
  @Inject Event<RoleWithdrawn> roleWithdrawn;

  /** Assigns an account's roles (audited); 409 when it would leave no administrator. */
  @Transactional
  public Account assignRoles(Caller actor, UUID id, Set<Role> roles) {
    Account account =
        accounts.account(id).orElseThrow(() -> Refusal.notFound("identity.account.not_found"));
    Set<Role> before = account.getRoles();
    if (new RoleChange(before, roles).dropsAdministrator()) {
      // Locks the administrators' rows: two of the last two cannot step down at the same time.
      long administrators =
          em.createNativeQuery(
                  "select account_id from account_role where role = 'ADMIN' for update")
              .getResultList()
              .size();
      if (LastAdministrator.wouldBeRemoved(before, roles, administrators)) {
        throw Refusal.of(Refusal.Kind.CONFLICT, "identity.admin_user.last_admin");
      }
    }
    account.assignRoles(roles, clock.instant());
    callers.forgetAccount(id);
    RoleChange change = new RoleChange(before, account.getRoles());
    change.withdrawn().forEach(lost -> roleWithdrawn.fire(new RoleWithdrawn(id, lost)));
    audit.record(actor.id(), "roles.changed", id.toString(), change.summary(), null);
    return account;
  }

  /** Adds a role to an account (audited), leaving its other roles. */
  @Transactional
  public void grantRole(Caller actor, UUID id, Role role) {
    Account account =
        accounts.account(id).orElseThrow(() -> Refusal.notFound("identity.account.not_found"));
    RoleChange.granting(account.getRoles(), role).ifPresent(roles -> assignRoles(actor, id, roles));
  }

  /**
   * Creates the first administrator from configuration when absent; never changes an existing
   * account.
   */
  @Transactional
  public void ensureAdministrator(String email, String password) {
    if (accounts.accountByEmail(email).isPresent()) {
      return;
    }
    Optional<Passwords.Problem> problem = passwords.problem(password);
    if (problem.isPresent()) {
      LOG.severe(
          "PATHWAYS_ADMIN_PASSWORD cannot be used: "
              + problem.get().words()
              + " No administrator was created.");
      return;
    }
    Account admin = new Account(email, "Administrator", passwords.hash(password), clock.instant());
    admin.assignRoles(Set.of(Role.ADMIN), clock.instant());
    em.persist(admin);
    audit.record(
        null,
        "account.created",
        admin.getId().toString(),
        "first administrator from configuration",
        null);
    LOG.info(() -> "Created the first administrator account " + LogText.safe(admin.getEmail()));
  }
}
