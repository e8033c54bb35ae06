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
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.entity.Account;
import org.pathways.platform.boundary.Mailer;
import org.pathways.platform.boundary.PublicSite;
import org.pathways.platform.control.SchemaReady;
import org.pathways.platform.control.SqlRow;
import org.pathways.platform.control.Sweeps;
import org.pathways.platform.control.Texts;

/**
 * The daily digest of followed threads, for teachers on the daily digest (the default). A digest is
 * claimed by inserting its row for the day, so several instances never send it twice.
 */
@ApplicationScoped
public class ForumDigests {

  /** A thread with notices the account has not read since its last digest. */
  private record Unread(UUID id, String title, long notices) {}

  private static final Logger LOG = Logger.getLogger(ForumDigests.class.getName());

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Sweeps sweeps;
  @Inject Mailer mailer;
  @Inject Accounts accounts;
  @Inject ForumDigests self;
  @Inject ForumLinks links;
  @Inject PublicSite site;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "pathways.forum.digest-minutes", defaultValue = "60")
  int intervalMinutes;

  private final AtomicBoolean started = new AtomicBoolean();

  void start(@Observes SchemaReady ready) {
    if (started.compareAndSet(false, true)) {
      sweeps.every("Forum digests sent", intervalMinutes, this::digest);
    }
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
    List<Unread> threads =
        SqlRow.map(
            em.createNativeQuery(
                    "select t.id, t.title, count(*) from forum_notification n"
                        + " join forum_thread t on t.id = n.thread_id"
                        + " left join forum_settings s on s.account_id = n.account_id"
                        + " where n.account_id = ?1 and n.read_at is null"
                        + " and (s.last_digest_at is null or n.created_at > s.last_digest_at)"
                        + " group by t.id, t.title order by max(n.created_at) desc limit 30")
                .setParameter(1, account)
                .getResultList(),
            r -> new Unread(r.uuid(0), r.text(1), r.number(2)));
    Optional<Account> person = accounts.account(account);
    if (threads.isEmpty() || person.isEmpty()) {
      return false;
    }
    Locale language = person.get().reader().language();
    StringBuilder list = new StringBuilder();
    for (Unread thread : threads) {
      list.append(
          Texts.in(
              language,
              "forum.mail.digest.thread",
              thread.title(),
              String.valueOf(thread.notices()),
              links.thread(thread.id())));
    }
    String body =
        Texts.in(
            language,
            "forum.mail.digest.body",
            person.get().getName(),
            list,
            links.notifications());
    em.createNativeQuery(
            "insert into forum_settings (account_id, last_digest_at) values (?1, ?2)"
                + " on conflict (account_id) do update set last_digest_at = excluded.last_digest_at")
        .setParameter(1, account)
        .setParameter(2, now.atOffset(ZoneOffset.UTC))
        .executeUpdate();
    mailer.send(person.get().getEmail(), Texts.in(language, "forum.mail.digest.subject"), body);
    return true;
  }
}
