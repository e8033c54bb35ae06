package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.UUID;
import org.pathways.identity.entity.AuditEntry;
import org.pathways.platform.control.LogText;

/**
 * Writes the audit log in its own transaction, so that a refused or failed action (a wrong
 * password) is recorded even though the action itself rolls back.
 */
@ApplicationScoped
public class AuditTrail {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Clock clock;

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void record(UUID actor, String action, String subject, String detail, String address) {
    em.persist(
        new AuditEntry(
            clock.instant(),
            actor,
            action,
            subject,
            detail == null ? null : LogText.safe(detail),
            address));
  }
}
