package org.pathways.xapi.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.pathways.identity.boundary.AccountNames;
import org.pathways.identity.boundary.Authorization;
import org.pathways.identity.entity.Caller;
import org.pathways.identity.entity.Permission;
import org.pathways.identity.entity.Role;
import org.pathways.platform.control.SchemaReady;
import org.pathways.platform.control.SqlRow;
import org.pathways.platform.control.Sweeps;
import org.pathways.xapi.control.Delivery;
import org.pathways.xapi.control.Retries;
import org.pathways.xapi.control.Statements;
import org.pathways.xapi.entity.XapiStanding;

/**
 * Sends the outbox to the LRS: every {@code pathways.xapi.seconds} (and at once for an
 * administrator), batches of due statements are claimed each in its own transaction (a conditional
 * update that skips rows another instance holds, so that several instances never send the same row
 * at the same time), sent outside any transaction ({@link Delivery} says what each answer means),
 * and marked sent or failed with their next attempt ({@link Retries}). A sweep stops at the first
 * batch that did not all arrive, so an LRS that is down is asked once. Nothing is kept in memory
 * between sweeps: the outbox rows are the whole state, so a restart, or another instance, carries
 * on where this one stopped.
 */
@ApplicationScoped
public class XapiSweep {

  static final Permission ADMINISTER = new Permission("xapi.administer", false);

  /** How long a claimed row is left to the instance that claimed it. */
  static final Duration LEASE = Duration.ofMinutes(5);

  /** At most this many batches in one sweep, so that one sweep never runs for ever. */
  static final int ROUNDS = 40;

  private static final int MAX_ERROR = 500;
  private static final Logger LOG = Logger.getLogger(XapiSweep.class.getName());

  /** A claimed row: its id, its account, how often it failed so far, and its stored body. */
  record Claimed(UUID id, UUID account, int attempts, String body) {}

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  @Inject Sweeps sweeps;
  @Inject XapiSweep self;
  @Inject XapiSettings settings;
  @Inject Lrs lrs;
  @Inject AccountNames names;
  @Inject Authorization authorization;
  @Inject Clock clock;

  private final AtomicBoolean started = new AtomicBoolean();

  void start(@Observes SchemaReady ready) {
    if (settings.configured() && started.compareAndSet(false, true)) {
      sweeps.everySeconds(
          "xAPI statements sent", settings.seconds(), settings.seconds(), () -> sweep(false));
    }
  }

  /** The sweep at once for an administrator, due or not (an LRS back up need not wait). */
  public int sweepNow(Caller caller) {
    authorization.requireRole(caller, ADMINISTER, Role.ADMIN);
    return sweep(true);
  }

  /** Sends what is due (everything unclaimed when {@code all}); returns how many arrived. */
  public int sweep(boolean all) {
    if (!settings.configured()) {
      return 0;
    }
    int sent = 0;
    for (int round = 0; round < ROUNDS; round++) {
      List<Claimed> batch = self.claim(clock.instant(), all);
      if (batch.isEmpty()) {
        break;
      }
      List<Claimed> failed = new ArrayList<>();
      sent += deliver(batch, failed);
      if (!failed.isEmpty() || batch.size() < Delivery.BATCH) {
        break;
      }
    }
    return sent;
  }

  /** Sends a batch; adds what did not arrive to {@code failed}, answers how many did. */
  private int deliver(List<Claimed> batch, List<Claimed> failed) {
    Map<UUID, String> statements = statements(batch);
    Lrs.Answer answer = lrs.post(batch.stream().map(row -> statements.get(row.id())).toList());
    switch (Delivery.batch(answer.status())) {
      case SENT -> {
        self.sent(batch.stream().map(Claimed::id).toList(), clock.instant());
        return batch.size();
      }
      case ONE_BY_ONE -> {
        List<UUID> sent = new ArrayList<>();
        for (Claimed row : batch) {
          Lrs.Answer one = lrs.put(row.id(), statements.get(row.id()));
          if (Delivery.single(one.status())) {
            sent.add(row.id());
          } else {
            failed.add(row);
            self.failed(List.of(row), one.problem(), clock.instant());
          }
        }
        self.sent(sent, clock.instant());
        return sent.size();
      }
      default -> {
        failed.addAll(batch);
        self.failed(batch, answer.problem(), clock.instant());
        LOG.warning(() -> "xAPI statements not sent now: " + answer.problem());
        return 0;
      }
    }
  }

  /** The whole statements: each stored body with its actor (emails read once per batch). */
  private Map<UUID, String> statements(List<Claimed> batch) {
    Map<UUID, AccountNames.Named> people =
        settings.mbox()
            ? names.of(batch.stream().map(Claimed::account).distinct().toList())
            : Map.of();
    Map<UUID, String> statements = new java.util.HashMap<>();
    for (Claimed row : batch) {
      AccountNames.Named person = people.get(row.account());
      statements.put(
          row.id(),
          Statements.withActor(
              row.body(),
              Statements.actor(
                  settings.homePage(), row.account(), person == null ? null : person.email())));
    }
    return statements;
  }

  /** Claims the next batch for this instance: due rows (or all unsent) that nobody holds. */
  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public List<Claimed> claim(Instant now, boolean all) {
    return SqlRow.map(
        em.createNativeQuery(
                "with claimed as (update xapi_statement set claimed_until = ?1 where id in ("
                    + " select id from xapi_statement where sent_at is null"
                    + " and (claimed_until is null or claimed_until < ?2)"
                    + " and (?3 or next_attempt_at <= ?2)"
                    + " order by next_attempt_at, created_at limit "
                    + Delivery.BATCH
                    + " for update skip locked)"
                    + " returning id, account_id, attempts, body, created_at)"
                    + " select id, account_id, attempts, body from claimed order by created_at")
            .setParameter(1, XapiOutbox.utc(now.plus(LEASE)))
            .setParameter(2, XapiOutbox.utc(now))
            .setParameter(3, all)
            .getResultList(),
        r -> new Claimed(r.uuid(0), r.uuid(1), r.integer(2), r.text(3)));
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void sent(Collection<UUID> ids, Instant at) {
    if (ids.isEmpty()) {
      return;
    }
    Query update =
        em.createNativeQuery(
            "update xapi_statement set sent_at = ?1, claimed_until = null, last_error = null"
                + " where id in ("
                + placeholders(2, ids.size())
                + ")");
    update.setParameter(1, XapiOutbox.utc(at));
    int p = 2;
    for (UUID id : ids) {
      update.setParameter(p++, id);
    }
    update.executeUpdate();
  }

  @Transactional(Transactional.TxType.REQUIRES_NEW)
  public void failed(List<Claimed> rows, String problem, Instant at) {
    String error = problem.length() > MAX_ERROR ? problem.substring(0, MAX_ERROR) : problem;
    for (Claimed row : rows) {
      int attempts = row.attempts() + 1;
      em.createNativeQuery(
              "update xapi_statement set attempts = ?1, last_error = ?2, failed_at = ?3,"
                  + " next_attempt_at = ?4, claimed_until = null where id = ?5")
          .setParameter(1, attempts)
          .setParameter(2, error)
          .setParameter(3, XapiOutbox.utc(at))
          .setParameter(4, XapiOutbox.utc(at.plus(Retries.after(attempts))))
          .setParameter(5, row.id())
          .executeUpdate();
    }
  }

  /** The outbox's standing, for the API and the admin page (administrators only). */
  @Transactional
  public XapiStanding standing(Caller caller) {
    authorization.requireRole(caller, ADMINISTER, Role.ADMIN);
    boolean configured = settings.configured();
    return SqlRow.map(
            em.createNativeQuery(
                    "select (select count(*) from xapi_statement where sent_at is null),"
                        + " (select count(*) from xapi_statement where sent_at is null"
                        + "   and attempts > 0),"
                        + " (select last_error from xapi_statement where sent_at is null"
                        + "   and attempts > 0 order by failed_at desc limit 1),"
                        + " (select max(sent_at) from xapi_statement where sent_at is not null)")
                .getResultList(),
            r -> new XapiStanding(configured, r.number(0), r.number(1), r.text(2), r.instant(3)))
        .get(0);
  }

  private static String placeholders(int first, int count) {
    StringBuilder list = new StringBuilder();
    for (int i = 0; i < count; i++) {
      list.append(i == 0 ? "?" : ", ?").append(first + i);
    }
    return list.toString();
  }
}
