package org.pathways.live.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.pathways.forum.entity.ForumNotified;
import org.pathways.learning.entity.StepCompleted;
import org.pathways.live.control.LiveData;
import org.pathways.live.entity.LiveEvent;
import org.pathways.live.entity.LiveKind;
import org.pathways.platform.control.SchemaReady;
import org.pathways.platform.control.SqlArrays;
import org.pathways.platform.control.Sweeps;
import org.pathways.reflection.entity.FeedbackGiven;

/**
 * Writes each live event in the transaction of its cause, with its NOTIFY, in one statement: the
 * row and the notification commit or roll back with what they tell, and PostgreSQL delivers the
 * notification to the listening instances ({@link LiveListener}) only on commit. The notification
 * carries the row's id and account, so an instance without a stream of that account needs no query.
 * Rows are read back for streams (by id, or what a reconnecting page missed) and forgotten after
 * {@code pathways.live.keep-minutes}.
 */
@ApplicationScoped
public class LiveEvents {

  /** The channel every instance LISTENs on. */
  public static final String CHANNEL = "pathways_live";

  @PersistenceContext(unitName = "pathways")
  EntityManager em;

  /** At most this many missed events are replayed to a reconnecting page (the newest are kept). */
  static final int REPLAY_MAX = 500;

  private static final String COLUMNS = "select id, account_id, kind, data from live_event";

  @Inject Clock clock;
  @Inject Sweeps sweeps;
  @Inject LiveSettings settings;

  private final AtomicBoolean started = new AtomicBoolean();

  void start(@Observes SchemaReady ready) {
    if (started.compareAndSet(false, true)) {
      sweeps.every("Live events forgotten", 1, this::forgetOld);
    }
  }

  void stepCompleted(@Observes(during = TransactionPhase.IN_PROGRESS) StepCompleted event) {
    if (event.progress() != null) {
      write(List.of(event.account()), LiveKind.PROGRESS, LiveData.progress(event));
    }
  }

  void feedbackGiven(@Observes(during = TransactionPhase.IN_PROGRESS) FeedbackGiven event) {
    write(List.of(event.account()), LiveKind.FEEDBACK, LiveData.feedback(event));
  }

  void forumNotified(@Observes(during = TransactionPhase.IN_PROGRESS) ForumNotified event) {
    write(event.followers(), LiveKind.NOTIFICATION, LiveData.notification(event));
  }

  private void write(List<UUID> accounts, LiveKind kind, String data) {
    em.createNativeQuery(
            "with e as (insert into live_event (account_id, kind, data, created_at)"
                + " select a, ?2, ?3, ?4 from unnest(?1) a returning id, account_id)"
                + " select e.id from e, lateral pg_notify('"
                + CHANNEL
                + "', e.id || ',' || e.account_id)")
        .setParameter(1, SqlArrays.uuids(em, accounts))
        .setParameter(2, kind.wire())
        .setParameter(3, data)
        .setParameter(4, Timestamp.from(clock.instant()))
        .getResultList();
  }

  /** The account's events after this id, oldest first (one query). */
  @Transactional
  public List<LiveEvent> after(UUID account, long id) {
    List<LiveEvent> newestFirst =
        rows(
            em.createNativeQuery(
                    COLUMNS + " where account_id = ?1 and id > ?2 order by id desc limit ?3")
                .setParameter(1, account)
                .setParameter(2, id)
                .setParameter(3, REPLAY_MAX)
                .getResultList());
    List<LiveEvent> oldestFirst = new ArrayList<>(newestFirst);
    java.util.Collections.reverse(oldestFirst);
    return oldestFirst;
  }

  /** These events, oldest first (one query); those already forgotten are not there. */
  @Transactional
  public List<LiveEvent> byIds(Collection<Long> ids) {
    return rows(
        em.createNativeQuery(COLUMNS + " where id = any(?1) order by id")
            .setParameter(1, longs(ids))
            .getResultList());
  }

  /** The events of these accounts written since then, oldest first (after a lost connection). */
  @Transactional
  public List<LiveEvent> since(Collection<UUID> accounts, Instant since) {
    return rows(
        em.createNativeQuery(
                COLUMNS + " where account_id = any(?1) and created_at >= ?2 order by id limit ?3")
            .setParameter(1, SqlArrays.uuids(em, accounts))
            .setParameter(2, Timestamp.from(since))
            .setParameter(3, REPLAY_MAX)
            .getResultList());
  }

  @Transactional
  public int forgetOld() {
    return em.createNativeQuery("delete from live_event where created_at < ?1")
        .setParameter(1, Timestamp.from(clock.instant().minus(settings.keep())))
        .executeUpdate();
  }

  private static List<LiveEvent> rows(List<?> rows) {
    List<LiveEvent> events = new ArrayList<>(rows.size());
    for (Object row : rows) {
      Object[] cells = (Object[]) row;
      events.add(
          new LiveEvent(
              ((Number) cells[0]).longValue(),
              (UUID) cells[1],
              LiveKind.ofWire((String) cells[2]),
              (String) cells[3]));
    }
    return events;
  }

  private Array longs(Collection<Long> ids) {
    try {
      return em.unwrap(Connection.class).createArrayOf("bigint", ids.toArray(new Long[0]));
    } catch (SQLException e) {
      throw new IllegalStateException("The database driver could not make a bigint array", e);
    }
  }
}
