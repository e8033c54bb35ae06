package org.pathways.live.boundary;

import jakarta.annotation.PreDestroy;
import jakarta.annotation.Resource;
import jakarta.enterprise.concurrent.ManagedThreadFactory;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.logging.Logger;
import org.pathways.live.control.Notifications;
import org.pathways.live.entity.LiveEvent;
import org.pathways.platform.control.Database;
import org.pathways.platform.control.SchemaReady;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

/**
 * This instance's ear on the database: one connection of the platform's pool, kept for this alone,
 * LISTENs on {@value LiveEvents#CHANNEL} in a thread of its own, and each notified event whose
 * account has a stream open here is read and given to {@link LiveStreams}. When the connection
 * fails (the database restarted), it connects again with back-off (1 s doubling to 30 s) and then
 * reads what was written while it was away, so open streams miss nothing that is still kept.
 */
@ApplicationScoped
public class LiveListener {

  private static final Logger LOG = Logger.getLogger(LiveListener.class.getName());
  private static final int WAIT_MS = 5_000;
  private static final Duration MAX_BACK_OFF = Duration.ofSeconds(30);

  /** A silent connection is asked every this many empty waits whether it still answers. */
  private static final int PROBE_EVERY = 6;

  @Resource ManagedThreadFactory threads;
  @Inject Database database;
  @Inject LiveEvents events;
  @Inject LiveStreams streams;
  @Inject Clock clock;

  private final AtomicBoolean started = new AtomicBoolean();
  private volatile boolean running = true;

  void start(@Observes SchemaReady ready) {
    if (started.compareAndSet(false, true)) {
      Thread thread = threads.newThread(this::listen);
      thread.setName("pathways-live-listener");
      thread.setDaemon(true);
      thread.start();
    }
  }

  /**
   * Stops listening within one wait ({@value #WAIT_MS} ms). The connection is not closed from here:
   * closing a pooled connection hands it back to the pool while the listening thread still reads
   * it.
   */
  @PreDestroy
  void stop() {
    running = false;
  }

  private void listen() {
    Duration backOff = Duration.ofSeconds(1);
    Instant lostAt = null;
    while (running) {
      try (Connection connection = database.dataSource().getConnection()) {
        PGConnection pg = connection.unwrap(PGConnection.class);
        try (Statement statement = connection.createStatement()) {
          statement.execute("LISTEN " + LiveEvents.CHANNEL);
        }
        if (lostAt != null) {
          Instant since = lostAt.minusSeconds(5);
          LOG.info("Live updates listen again");
          catchUp(since);
        }
        lostAt = null;
        backOff = Duration.ofSeconds(1);
        receive(connection, pg);
        // Stopped: the connection goes back to the pool, which must not keep listening.
        try (Statement statement = connection.createStatement()) {
          statement.execute("UNLISTEN *");
        }
      } catch (SQLException | RuntimeException e) {
        if (!running) {
          return;
        }
        if (lostAt == null) {
          lostAt = clock.instant();
          LOG.warning(
              "Live updates stopped listening: "
                  + Database.rootMessage(e)
                  + "; trying again with back-off");
        }
        sleep(backOff);
        backOff =
            backOff.multipliedBy(2).compareTo(MAX_BACK_OFF) > 0
                ? MAX_BACK_OFF
                : backOff.multipliedBy(2);
      }
    }
  }

  private void receive(Connection connection, PGConnection pg) throws SQLException {
    int quiet = 0;
    while (running) {
      PGNotification[] notified = pg.getNotifications(WAIT_MS);
      if (notified == null || notified.length == 0) {
        if (++quiet >= PROBE_EVERY) {
          quiet = 0;
          probe(connection);
        }
        continue;
      }
      quiet = 0;
      List<String> payloads = new ArrayList<>(notified.length);
      for (PGNotification notification : notified) {
        payloads.add(notification.getParameter());
      }
      List<Long> wanted = Notifications.wanted(payloads, streams.listening());
      if (!wanted.isEmpty()) {
        deliver(events.byIds(wanted));
      }
    }
  }

  /** A query with a time limit: a connection cut without a word fails here, not never. */
  private static void probe(Connection connection) throws SQLException {
    try (Statement statement = connection.createStatement()) {
      statement.setQueryTimeout(5);
      statement.execute("select 1");
    }
  }

  private void catchUp(Instant since) {
    Set<UUID> listening = streams.listening();
    if (!listening.isEmpty()) {
      deliver(events.since(listening, since));
    }
  }

  private void deliver(List<LiveEvent> read) {
    read.forEach(streams::deliver);
  }

  private void sleep(Duration duration) {
    try {
      Thread.sleep(duration.toMillis());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      running = false;
    }
  }
}
