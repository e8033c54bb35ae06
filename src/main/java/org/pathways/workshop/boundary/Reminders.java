package org.pathways.workshop.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.logging.Logger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.pathways.identity.boundary.Accounts;
import org.pathways.identity.entity.Account;
import org.pathways.platform.boundary.Mailer;
import org.pathways.platform.control.SchemaReady;
import org.pathways.platform.control.SqlRow;
import org.pathways.platform.control.Sweeps;
import org.pathways.platform.control.Texts;
import org.pathways.platform.control.Times;
import org.pathways.platform.entity.Reader;
import org.pathways.workshop.entity.Workshop;
import org.pathways.workshop.entity.WorkshopSession;

/**
 * Mails registered teachers 10 and 3 days before a workshop's first session. A reminder is claimed
 * by inserting its row ({@code on conflict do nothing}): when several instances sweep at once, only
 * the one whose insert succeeded sends it (a mail that fails stays in the outbox with its error). A
 * teacher who registers late gets only the nearest reminder.
 */
@ApplicationScoped
public class Reminders {

  /** A registration that may have a reminder due. */
  private record Due(UUID workshop, UUID account) {}

  private static final Logger LOG = Logger.getLogger(Reminders.class.getName());

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Sweeps sweeps;
  @Inject Mailer mailer;
  @Inject Accounts accounts;
  @Inject WorkshopLinks links;
  @Inject Reminders self;
  @Inject Clock clock;

  @Inject
  @ConfigProperty(name = "pathways.workshops.reminder-minutes", defaultValue = "15")
  int intervalMinutes;

  private final java.util.concurrent.atomic.AtomicBoolean started =
      new java.util.concurrent.atomic.AtomicBoolean();

  void start(@Observes SchemaReady ready) {
    if (started.compareAndSet(false, true)) {
      sweeps.every("Workshop reminders sent", intervalMinutes, this::sweep);
    }
  }

  /** Sends every reminder now due; returns how many this call sent. */
  public int sweep() {
    Instant now = clock.instant();
    List<Due> due =
        SqlRow.map(
            em.createNativeQuery(
                    "select r.workshop_id, r.account_id from workshop_registration r"
                        + " join workshop w on w.id = r.workshop_id"
                        + " where r.status = 'REGISTERED' and w.first_start > ?1"
                        + " and w.first_start <= ?2"
                        + " and not exists (select 1 from workshop_reminder m"
                        + "   where m.workshop_id = r.workshop_id and m.account_id = r.account_id"
                        + "   and m.days_before = case when w.first_start <= ?3 then 3 else 10 end)"
                        + " order by w.first_start limit 500")
                .setParameter(1, utc(now))
                .setParameter(2, utc(now.plus(Duration.ofDays(10))))
                .setParameter(3, utc(now.plus(Duration.ofDays(3))))
                .getResultList(),
            r -> new Due(r.uuid(0), r.uuid(1)));
    int sent = 0;
    for (Due registration : due) {
      try {
        if (self.remind(registration.workshop(), registration.account(), now)) {
          sent++;
        }
      } catch (RuntimeException e) {
        LOG.warning(() -> "A workshop reminder could not be sent now: " + e);
      }
    }
    return sent;
  }

  /**
   * Claims and sends the reminder due for one registration, in its own transaction. Returns false
   * when another instance claimed it first, or none is due.
   */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public boolean remind(UUID workshopId, UUID accountId, Instant now) {
    Workshop workshop = em.find(Workshop.class, workshopId);
    if (workshop == null || !workshop.getFirstStart().isAfter(now)) {
      return false;
    }
    Duration left = Duration.between(now, workshop.getFirstStart());
    int days;
    if (left.compareTo(Duration.ofDays(3)) <= 0) {
      days = 3;
    } else if (left.compareTo(Duration.ofDays(10)) <= 0) {
      days = 10;
    } else {
      return false;
    }
    int claimed =
        em.createNativeQuery(
                "insert into workshop_reminder (workshop_id, account_id, days_before, sent_at)"
                    + " select ?1, ?2, ?3, ?4 where exists (select 1 from workshop_registration r"
                    + "   where r.workshop_id = ?1 and r.account_id = ?2"
                    + "   and r.status = 'REGISTERED')"
                    + " on conflict do nothing")
            .setParameter(1, workshopId)
            .setParameter(2, accountId)
            .setParameter(3, days)
            .setParameter(4, utc(now))
            .executeUpdate();
    if (claimed == 0) {
      return false;
    }
    Account teacher = accounts.account(accountId).orElse(null);
    if (teacher == null) {
      return false;
    }
    mailer.send(
        teacher.getEmail(),
        subject(workshop, teacher.reader()),
        body(workshop, teacher.getName(), teacher.reader()));
    return true;
  }

  /** An instant as the JDBC driver binds it in native queries. */
  static java.time.OffsetDateTime utc(Instant instant) {
    return instant.atOffset(java.time.ZoneOffset.UTC);
  }

  static String subject(Workshop workshop, Reader reader) {
    return Texts.in(
        reader.language(),
        "workshop.mail.reminder.subject",
        workshop.getTitle(),
        workshop.online()
            ? Times.date(workshop.getFirstStart(), reader)
            : Times.dateIn(workshop.getFirstStart(), workshop.zone(), reader));
  }

  /**
   * The reminder in the teacher's language, each session where it is held with their own time
   * beside it (an online one in their own zone).
   */
  private String body(Workshop workshop, String name, Reader reader) {
    StringBuilder sessions = new StringBuilder();
    for (WorkshopSession session : workshop.getSessions()) {
      sessions.append(
          Texts.in(
              reader.language(),
              "workshop.mail.reminder.session",
              Times.session(
                  session.getStartsAt(),
                  session.getEndsAt(),
                  workshop.zone(),
                  workshop.online(),
                  reader)));
    }
    String where =
        workshop.located()
            ? Texts.in(
                reader.language(),
                "workshop.mail.reminder.where",
                workshop.getVenue().getName(),
                workshop.getVenue().getCity(),
                workshop.getVenue().getState())
            : "";
    return Texts.in(
        reader.language(),
        workshop.online() ? "workshop.mail.reminder.body_online" : "workshop.mail.reminder.body",
        name,
        workshop.getTitle(),
        sessions,
        where,
        links.workshop(workshop.getId()));
  }
}
