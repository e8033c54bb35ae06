package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.UUID;
import org.pathways.identity.control.CallerCache;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.AccountDeleted;
import org.pathways.identity.entity.Role;
import org.pathways.platform.entity.Refusal;

/**
 * Deleting an account, by its owner, once the password is given again; never the last
 * administrator's (nobody could then assign roles).
 */
@ApplicationScoped
public class AccountDeletion {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Accounts accounts;
  @Inject AccountSecurity security;
  @Inject CallerCache callers;
  @Inject AuditTrail audit;
  @Inject Event<AccountDeleted> accountDeleted;

  /**
   * Deletes the account and everything that hangs on it, once its password is given again (a
   * borrowed token or an unattended page is not enough). Other features' records go through foreign
   * keys; see {@link AccountDeleted} for what its observers do.
   */
  @Transactional(dontRollbackOn = Refusal.class)
  public void delete(UUID id, String password, String address) {
    Account account =
        accounts.account(id).orElseThrow(() -> Refusal.notFound("identity.account.not_found"));
    security.confirmPassword(account, password, address);
    if (account.getRoles().contains(Role.ADMIN)) {
      // Locks the administrators' rows, as a role change does: the last two cannot both leave.
      long administrators =
          em.createNativeQuery(
                  "select account_id from account_role where role = 'ADMIN' for update")
              .getResultList()
              .size();
      if (administrators <= 1) {
        throw Refusal.of(Refusal.Kind.CONFLICT, "identity.delete.last_admin");
      }
    }
    accountDeleted.fire(new AccountDeleted(id));
    em.remove(account);
    callers.forgetAccount(id);
    audit.record(id, "account.deleted", id.toString(), null, null);
  }
}
