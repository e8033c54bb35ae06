package org.pathways.identity.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.UUID;
import org.pathways.identity.entity.AccountDeleted;
import org.pathways.identity.entity.PersonalData;
import org.pathways.platform.control.PersonalRows;

/**
 * The invitations sent to a person's address, for the personal-data export; deleting the account
 * deletes them too (they hold the address, which a foreign key does not reach).
 */
@ApplicationScoped
public class InvitationData implements PersonalData {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Override
  public String section() {
    return "invitations";
  }

  @Override
  public Object export(UUID account) {
    return PersonalRows.rows(
        em,
        "select i.scope, i.target_title, i.role, i.created_at, i.accepted_at, i.revoked_at"
            + " from invitation i join account a on a.email = i.email where a.id = ?1"
            + " order by i.created_at",
        account,
        "scope",
        "title",
        "role",
        "invitedAt",
        "acceptedAt",
        "withdrawnAt");
  }

  void accountDeleted(@Observes AccountDeleted deleted) {
    em.createNativeQuery(
            "delete from invitation where email = (select email from account where id = ?1)")
        .setParameter(1, deleted.account())
        .executeUpdate();
  }
}
