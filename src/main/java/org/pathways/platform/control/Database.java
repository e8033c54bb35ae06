package org.pathways.platform.control;

import jakarta.annotation.Resource;
import jakarta.annotation.sql.DataSourceDefinition;
import jakarta.enterprise.concurrent.ManagedExecutorService;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.logging.Level;
import java.util.logging.Logger;
import javax.sql.DataSource;

/**
 * The platform's one PostgreSQL database: its connection pool, and whether it answers right now.
 *
 * <p>The pool validates a connection it hands out (at most every 5 s) and drops them all after a
 * failure, so a database that restarts is picked up again without restarting the platform.
 *
 * <p>Size: at most 16 connections per instance. Transactions here are short (no password is hashed
 * and nothing waits on the network inside one), so a connection is held for milliseconds: the
 * teachers' mix at 16 teachers without think time, which keeps both cores of the development box
 * busy, had at most 5 connections in a transaction at once (sampled every 0.1 s from {@code
 * pg_stat_activity}). 16 leaves room for a slow report or a burst of writes, and four instances
 * stay within PostgreSQL's default of 100 connections. A request that finds none free waits up to
 * 10 s ({@code max-wait-time-in-millis}) before its request fails.
 */
@DataSourceDefinition(
    name = Database.JNDI_NAME,
    className = "org.postgresql.ds.PGSimpleDataSource",
    url = "${MPCONFIG=pathways.db.url}",
    user = "${MPCONFIG=pathways.db.user}",
    password = "${MPCONFIG=pathways.db.password}",
    initialPoolSize = 0,
    minPoolSize = 0,
    maxPoolSize = 16,
    maxIdleTime = 300,
    properties = {
      "fish.payara.is-connection-validation-required=true",
      "fish.payara.connection-validation-method=custom-validation",
      "fish.payara.validation-classname=org.glassfish.api.jdbc.validation.PostgresConnectionValidation",
      "fish.payara.fail-all-connections=true",
      // Validate a connection at most every 5 s: one round trip fewer per request under load; a
      // failure still drops every connection (fail-all-connections).
      "fish.payara.validate-atmost-once-period-in-seconds=5",
      "fish.payara.max-wait-time-in-millis=10000",
      "connectTimeout=4",
      "loginTimeout=4",
      // A database that stops answering mid-request (#23): the driver gives up reading after
      // 8 s (longer than the 5 s a LISTEN connection waits for notifications), and PostgreSQL
      // itself cancels a statement after 6 s, so a slow statement ends cleanly before the socket
      // does. A request then ends within 8 s, or 12 s when the pool's validation of its
      // connection hits the socket timeout and a new connection hits the login timeout (4 s).
      // Migrations lift both limits on their own connections (see Migrations).
      "socketTimeout=" + Database.SOCKET_TIMEOUT_SECONDS,
      "options=-c statement_timeout=" + Database.STATEMENT_TIMEOUT_MILLIS,
      "ApplicationName=pathways",
      "stringType=unspecified"
    })
@ApplicationScoped
public class Database {

  public static final String JNDI_NAME = "java:app/jdbc/pathways";

  /** The driver's read timeout on every pooled connection, in seconds. */
  public static final int SOCKET_TIMEOUT_SECONDS = 8;

  /** PostgreSQL's {@code statement_timeout} for every pooled connection, in milliseconds. */
  public static final int STATEMENT_TIMEOUT_MILLIS = 6000;

  private static final Logger LOG = Logger.getLogger(Database.class.getName());
  private static final int VALIDATION_TIMEOUT_SECONDS = 3;

  /** How long readiness and the watch wait for the database's answer. */
  static final int PROBE_SECONDS = 4;

  @Resource(lookup = JNDI_NAME)
  DataSource dataSource;

  @Resource ManagedExecutorService executor;
  @Inject DatabaseSettings settings;
  @Inject Clock clock;

  private final AtomicReference<DatabaseState> state = new AtomicReference<>();
  private CompletableFuture<DatabaseState> asking;

  public DataSource dataSource() {
    return dataSource;
  }

  public DatabaseSettings settings() {
    return settings;
  }

  /**
   * Asks the database whether it answers, and logs once each time the answer changes. Bounded: a
   * database that does not answer within {@value #PROBE_SECONDS} s is unreachable, whatever the
   * pool and the driver are still waiting for. The question keeps going in the background (until
   * the driver's timeouts end it) and the next probes wait on it rather than ask again, so a
   * database that stopped answering never piles up threads or connections.
   */
  public DatabaseState probe() {
    DatabaseState now =
        settings.problem().map(DatabaseState::misconfigured).orElseGet(this::askBounded);
    DatabaseState before = state.getAndSet(now);
    if (before == null || before.reachable() != now.reachable()) {
      logChange(before, now);
    }
    return now;
  }

  private DatabaseState askBounded() {
    try {
      return question().get(PROBE_SECONDS, TimeUnit.SECONDS);
    } catch (TimeoutException e) {
      return DatabaseState.unreachable("it did not answer within " + PROBE_SECONDS + " s");
    } catch (ExecutionException e) {
      return DatabaseState.unreachable(rootMessage(e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return DatabaseState.unreachable("interrupted while asking");
    }
  }

  /** The question still waiting for an answer, or a new one: never two at once. */
  private synchronized CompletableFuture<DatabaseState> question() {
    if (asking == null || asking.isDone()) {
      asking = CompletableFuture.supplyAsync(this::ask, executor);
    }
    return asking;
  }

  private DatabaseState ask() {
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_TIMEOUT_SECONDS)
          ? DatabaseState.reachable(clock.instant())
          : DatabaseState.unreachable(
              "it did not answer within " + VALIDATION_TIMEOUT_SECONDS + " s");
    } catch (SQLException | RuntimeException e) {
      return DatabaseState.unreachable(rootMessage(e));
    }
  }

  private void logChange(DatabaseState before, DatabaseState now) {
    if (now.reachable()) {
      LOG.info(
          () ->
              "Database " + settings.describe() + " answers" + (before == null ? "." : " again."));
    } else if (now.misconfigured()) {
      LOG.severe(() -> "Database settings cannot be used: " + now.reason());
    } else {
      LOG.log(
          Level.WARNING,
          "Cannot reach the database {0}: {1}. Pathways keeps running, reports not-ready at"
              + " /health/ready and connects again by itself when the database answers.",
          new Object[] {settings.describe(), now.reason()});
    }
  }

  /** The innermost cause's message: what went wrong, without the layers that carried it. */
  public static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    String message =
        root.getMessage() == null ? root.getClass().getSimpleName() : root.getMessage();
    return message.strip();
  }
}
