package org.pathways.forum.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.forum.entity.ForumPost;
import org.pathways.forum.entity.ForumThread;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.platform.boundary.Mailer;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.control.SchemaReady;
import org.pathways.platform.control.Sweeps;
import org.pathways.platform.entity.Refusal;

/**
 * What followers of a thread hear: an in-app notification per new post, and mail as each teacher
 * chose: a daily digest (the default), a mail per post, or none. A digest is claimed by inserting
 * its row for the day, so several instances never send it twice.
 */
@ApplicationScoped
public class ForumNotices {

  private static final Logger LOG = Logger.getLogger(ForumNotices.class.getName());

  /** How a teacher wants mail about followed threads. */
  public enum EmailChoice {
    DAILY,
    EACH_POST,
    NONE
  }

  /** An in-app notification. */
  public record Notice(
      long id, UUID thread, String title, UUID post, int seq, Instant createdAt, boolean read) {}

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Sweeps sweeps;
  @Inject Authorization authorization;
  @Inject Mailer mailer;
  @Inject ForumNotices self;
  @Inject Clock clock;

  @Inject PublicSite site;

  @Inject
  @ConfigProperty(name = "pathways.forum.digest-minutes", defaultValue = "60")
  int intervalMinutes;

  private final java.util.concurrent.atomic.AtomicBoolean started =
      new java.util.concurrent.atomic.AtomicBoolean();

  void start(@Observes SchemaReady ready) {
    if (started.compareAndSet(false, true)) {
      sweeps.every("Forum digests sent", intervalMinutes, this::digest);
    }
  }

  /** Tells the thread's followers, other than the author, of a new post (in its transaction). */
  @Transactional(Transactional.TxType.MANDATORY)
  public void posted(ForumThread thread, ForumPost post, UUID author) {
    Instant now = clock.instant();
    em.createNativeQuery(
            "insert into forum_notification (account_id, thread_id, post_id, created_at)"
                + " select f.account_id, f.thread_id, ?1, ?2 from forum_follow f"
                + " where f.thread_id = ?3 and f.account_id <> ?4 on conflict do nothing")
        .setParameter(1, post.getId())
        .setParameter(2, now.atOffset(ZoneOffset.UTC))
        .setParameter(3, thread.getId())
        .setParameter(4, author)
        .executeUpdate();
    @SuppressWarnings("unchecked")
    List<Object[]> eager =
        em.createNativeQuery(
                "select a.email, a.name from forum_follow f join forum_settings s"
                    + " on s.account_id = f.account_id join account a on a.id = f.account_id"
                    + " where f.thread_id = ?1 and f.account_id <> ?2 and s.email = 'EACH_POST'")
            .setParameter(1, thread.getId())
            .setParameter(2, author)
            .getResultList();
    if (!eager.isEmpty() && !site.usable()) {
      // The post stands; only its mail, which would carry no usable link, is not sent.
      LOG.warning(() -> "No mail about a new forum post: " + site.address().problem().orElse(""));
      return;
    }
    for (Object[] follower : eager) {
      mailer.send(
          (String) follower[0],
          "New post in \"" + thread.getTitle() + "\"",
          "Hello "
              + follower[1]
              + ",\n\nThere is a new post in a thread you follow, \""
              + thread.getTitle()
              + "\":\n"
              + threadUrl(thread.getId())
              + "\n\nYou get a mail for each post because you chose it; change it in your forum"
              + " settings: "
              + site()
              + "/forum/notifications.xhtml\n\nPathways");
    }
  }

  @Transactional
  public List<Notice> notices(Caller caller, boolean unreadOnly) {
    authorization.requireSignedIn(caller);
    @SuppressWarnings("unchecked")
    List<Object[]> rows =
        em.createNativeQuery(
                "select n.id, n.thread_id, t.title, n.post_id, p.seq, n.created_at, n.read_at"
                    + " from forum_notification n join forum_thread t on t.id = n.thread_id"
                    + " join forum_post p on p.id = n.post_id where n.account_id = ?1"
                    + (unreadOnly ? " and n.read_at is null" : "")
                    + " order by n.created_at desc limit 50")
            .setParameter(1, caller.id())
            .getResultList();
    List<Notice> notices = new ArrayList<>();
    for (Object[] r : rows) {
      notices.add(
          new Notice(
              ((Number) r[0]).longValue(),
              (UUID) r[1],
              (String) r[2],
              (UUID) r[3],
              ((Number) r[4]).intValue(),
              instant(r[5]),
              r[6] != null));
    }
    return notices;
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
    if (choice == null) {
      throw Refusal.invalid("email", "Choose DAILY, EACH_POST or NONE.");
    }
    em.createNativeQuery(
            "insert into forum_settings (account_id, email) values (?1, ?2)"
                + " on conflict (account_id) do update set email = excluded.email")
        .setParameter(1, caller.id())
        .setParameter(2, choice.name())
        .executeUpdate();
  }

  /**
   * Sends today's digest to every teacher on the daily digest who has unread notifications newer
   * than their last digest; returns how many this call sent.
   */
  public int digest() {
    site.root(); // refuses, and the sweep logs why, while there is no public address for links
    @SuppressWarnings("unchecked")
    List<Object> due =
        em.createNativeQuery(
                "select distinct n.account_id from forum_notification n"
                    + " left join forum_settings s on s.account_id = n.account_id"
                    + " where n.read_at is null and coalesce(s.email, 'DAILY') = 'DAILY'"
                    + " and (s.last_digest_at is null or n.created_at > s.last_digest_at)"
                    + " and not exists (select 1 from forum_digest d"
                    + "   where d.account_id = n.account_id and d.day = ?1) limit 1000")
            .setParameter(1, LocalDate.now(clock.withZone(ZoneOffset.UTC)))
            .getResultList();
    int sent = 0;
    for (Object account : due) {
      try {
        if (self.digestFor((UUID) account)) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.warning(() -> "A forum digest could not be sent now: " + e);
      }
    }
    return sent;
  }

  /** Claims and sends one teacher's digest for today, in its own transaction. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean digestFor(UUID account) {
    Instant now = clock.instant();
    int claimed =
        em.createNativeQuery(
                "insert into forum_digest (account_id, day, sent_at) values (?1, ?2, ?3)"
                    + " on conflict do nothing")
            .setParameter(1, account)
            .setParameter(2, LocalDate.now(clock.withZone(ZoneOffset.UTC)))
            .setParameter(3, now.atOffset(ZoneOffset.UTC))
            .executeUpdate();
    if (claimed == 0) {
      return false;
    }
    @SuppressWarnings("unchecked")
    List<Object[]> threads =
        em.createNativeQuery(
                "select t.id, t.title, count(*) from forum_notification n"
                    + " join forum_thread t on t.id = n.thread_id"
                    + " left join forum_settings s on s.account_id = n.account_id"
                    + " where n.account_id = ?1 and n.read_at is null"
                    + " and (s.last_digest_at is null or n.created_at > s.last_digest_at)"
                    + " group by t.id, t.title order by max(n.created_at) desc limit 30")
            .setParameter(1, account)
            .getResultList();
    @SuppressWarnings("unchecked")
    List<Object[]> person =
        em.createNativeQuery("select email, name from account where id = ?1")
            .setParameter(1, account)
            .getResultList();
    if (threads.isEmpty() || person.isEmpty()) {
      return false;
    }
    StringBuilder body =
        new StringBuilder("Hello ")
            .append(person.get(0)[1])
            .append(",\n\nNew posts in the threads you follow:\n\n");
    for (Object[] thread : threads) {
      body.append("- ")
          .append(thread[1])
          .append(" (")
          .append(thread[2])
          .append(" new): ")
          .append(threadUrl((UUID) thread[0]))
          .append('\n');
    }
    body.append("\nYou get this digest at most once a day. Change it in your forum settings: ")
        .append(site())
        .append("/forum/notifications.xhtml\n\nPathways");
    em.createNativeQuery(
            "insert into forum_settings (account_id, last_digest_at) values (?1, ?2)"
                + " on conflict (account_id) do update set last_digest_at = excluded.last_digest_at")
        .setParameter(1, account)
        .setParameter(2, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    mailer.send((String) person.get(0)[0], "Your Pathways forum digest", body.toString());
    return true;
  }

  private String site() {
    return site.root();
  }

  private String threadUrl(UUID thread) {
    return site() + "/forum/thread.xhtml?id=" + thread;
  }

  private static Instant instant(Object value) {
    if (value instanceof java.sql.Timestamp t) {
      return t.toInstant();
    }
    if (value instanceof java.time.OffsetDateTime t) {
      return t.toInstant();
    }
    return (Instant) value;
  }
}
