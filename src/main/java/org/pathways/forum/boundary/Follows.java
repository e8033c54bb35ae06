package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;
import org.pathways.forum.entity.ForumThread;
import org.pathways.identity.entity.Caller;

/** Who follows which thread: authors follow what they post in; anyone may follow or stop. */
@ApplicationScoped
public class Follows {

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject ForumAccess access;
  @Inject Clock clock;

  @Transactional
  public void follow(Caller caller, UUID threadId, boolean follow) {
    ForumThread thread = access.readableThread(caller, threadId);
    if (follow) {
      follow(caller.id(), thread.getId(), clock.instant());
    } else {
      em.createNativeQuery("delete from forum_follow where account_id = ?1 and thread_id = ?2")
          .setParameter(1, caller.id())
          .setParameter(2, thread.getId())
          .executeUpdate();
    }
  }

  boolean following(UUID account, UUID thread) {
    return !em.createNativeQuery(
            "select 1 from forum_follow where account_id = ?1 and thread_id = ?2")
        .setParameter(1, account)
        .setParameter(2, thread)
        .getResultList()
        .isEmpty();
  }

  void follow(UUID account, UUID thread, Instant now) {
    em.createNativeQuery(
            "insert into forum_follow (account_id, thread_id, created_at) values (?1, ?2, ?3)"
                + " on conflict do nothing")
        .setParameter(1, account)
        .setParameter(2, thread)
        .setParameter(3, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
