package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.util.List;
import org.pathways.forum.entity.EmailChoice;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;

/** Each teacher's choice of mail about the threads they follow. */
@ApplicationScoped
public class ForumSettings {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;

  @Transactional
  public EmailChoice choice(Caller caller) {
    authorization.requireSignedIn(caller);
    List<?> rows =
        em.createNativeQuery("select email from forum_settings where account_id = ?1")
            .setParameter(1, caller.id())
            .getResultList();
    return rows.isEmpty() ? EmailChoice.DAILY : EmailChoice.valueOf((String) rows.get(0));
  }

  @Transactional
  public void choose(Caller caller, EmailChoice choice) {
    authorization.requireSignedIn(caller);
    em.createNativeQuery(
            "insert into forum_settings (account_id, email) values (?1, ?2)"
                + " on conflict (account_id) do update set email = excluded.email")
        .setParameter(1, caller.id())
        .setParameter(2, choice.name())
        .executeUpdate();
  }
}
