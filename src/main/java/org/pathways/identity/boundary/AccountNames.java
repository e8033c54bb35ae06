package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

/**
 * Names and emails of many accounts in one statement, for lists of people (a cohort's teachers):
 * reading them as entities would also load each account's roles, a statement per account.
 */
@ApplicationScoped
public class AccountNames {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  /** An account as a list shows it. */
  public record Named(UUID id, String name, String email) {}

  /** These accounts by id; ids of deleted accounts are absent. */
  @Transactional
  public Map<UUID, Named> of(Collection<UUID> ids) {
    Map<UUID, Named> found = new HashMap<>();
    if (ids.isEmpty()) {
      return found;
    }
    for (Object[] row :
        em.createQuery(
                "select a.id, a.name, a.email from Account a where a.id in :ids", Object[].class)
            .setParameter("ids", ids)
            .getResultList()) {
      found.put((UUID) row[0], new Named((UUID) row[0], (String) row[1], (String) row[2]));
    }
    return found;
  }
}
