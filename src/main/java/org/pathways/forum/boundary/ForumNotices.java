package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.pathways.forum.entity.ForumNotified;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.ForumThread;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Account;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.Mailer;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.control.SqlRow;
import org.pathways.platform.control.Texts;

/**
 * What followers of a thread hear: an in-app notification per new post, and a mail per post for
 * those who chose it ({@link ForumSettings}); the daily digest is {@link ForumDigests}. Whom a post
 * notified is told to other features ({@link ForumNotified}: their open pages hear of it).
 */
@ApplicationScoped
public class ForumNotices {

  private static final Logger LOG = Logger.getLogger(ForumNotices.class.getName());

  /** An in-app notification. */
  public record Notice(
      long id, UUID thread, String title, UUID post, int seq, Instant createdAt, boolean read) {}

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Authorization authorization;
  @Inject Accounts accounts;
  @Inject Mailer mailer;
  @Inject ForumLinks links;
  @Inject PublicSite site;
  @Inject Clock clock;
  @Inject Event<ForumNotified> notified;

  /** Tells the thread's followers, other than the author, of a new post (in its transaction). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void posted(ForumThread thread, ForumPost post, UUID author) {
    Instant now = clock.instant();
    @SuppressWarnings("unchecked")
    List<UUID> told =
        em.createNativeQuery(
                "with told as (insert into forum_notification (account_id, thread_id, post_id,"
                    + " created_at) select f.account_id, f.thread_id, ?1, ?2 from forum_follow f"
                    + " where f.thread_id = ?3 and f.account_id <> ?4 on conflict do nothing"
                    + " returning account_id) select account_id from told")
            .setParameter(1, post.getId())
            .setParameter(2, now.atOffset(ZoneOffset.UTC))
            .setParameter(3, thread.getId())
            .setParameter(4, author)
            .getResultList();
    if (!told.isEmpty()) {
      notified.fire(new ForumNotified(thread.getId(), post.getId(), List.copyOf(told), now));
    }
    @SuppressWarnings("unchecked")
    List<UUID> eager =
        em.createNativeQuery(
                "select f.account_id from forum_follow f join forum_settings s"
                    + " on s.account_id = f.account_id"
                    + " where f.thread_id = ?1 and f.account_id <> ?2 and s.email = 'EACH_POST'")
            .setParameter(1, thread.getId())
            .setParameter(2, author)
            .getResultList();
    if (eager.isEmpty()) {
      return;
    }
    if (!site.usable()) {
      // The post stands; only its mail, which would carry no usable link, is not sent.
      LOG.warning(() -> "No mail about a new forum post: " + site.address().problem().orElse(""));
      return;
    }
    for (Account follower : accounts.accounts(eager)) {
      mailer.send(
          follower.getEmail(),
          Texts.in(follower.reader().language(), "forum.mail.post.subject", thread.getTitle()),
          Texts.in(
              follower.reader().language(),
              "forum.mail.post.body",
              follower.getName(),
              thread.getTitle(),
              links.thread(thread.getId()),
              links.notifications()));
    }
  }

  @Transactional
  public List<Notice> notices(Caller caller, boolean unreadOnly) {
    authorization.requireSignedIn(caller);
    return SqlRow.map(
        em.createNativeQuery(
                "select n.id, n.thread_id, t.title, n.post_id, p.seq, n.created_at, n.read_at"
                    + " from forum_notification n join forum_thread t on t.id = n.thread_id"
                    + " join forum_post p on p.id = n.post_id where n.account_id = ?1"
                    + (unreadOnly ? " and n.read_at is null" : "")
                    + " order by n.created_at desc limit 50")
            .setParameter(1, caller.id())
            .getResultList(),
        r ->
            new Notice(
                r.number(0),
                r.uuid(1),
                r.text(2),
                r.uuid(3),
                r.integer(4),
                r.instant(5),
                r.present(6)));
  }

  @Transactional
  public int unreadCount(Caller caller) {
    if (!caller.signedIn()) {
      return 0;
    }
    return ((Number)
            em.createNativeQuery(
                    "select count(*) from forum_notification where account_id = ?1"
                        + " and read_at is null")
                .setParameter(1, caller.id())
                .getSingleResult())
        .intValue();
  }

  @Transactional
  public void markAllRead(Caller caller) {
    authorization.requireSignedIn(caller);
    em.createNativeQuery(
            "update forum_notification set read_at = ?2 where account_id = ?1 and read_at is null")
        .setParameter(1, caller.id())
        .setParameter(2, clock.instant().atOffset(ZoneOffset.UTC))
        .executeUpdate();
  }
}
